package org.nestor.core.classify;

/**
 * The tokens of Kea's expression language, in the order Kea's parser declares them: error messages list the
 * expected tokens in this order and under these display names.
 */
enum TokenType {
    END("end of file"), LPAREN("("), RPAREN(")"), NOT("not"), AND("and"), OR("or"), EQUAL("=="),
    OPTION("option"), RELAY4("relay4"), RELAY6("relay6"), MEMBER("member"), PEERADDR("peeraddr"),
    LINKADDR("linkaddr"), LBRACKET("["), RBRACKET("]"), DOT("."), TEXT("text"), HEX("hex"), EXISTS("exists"),
    PKT("pkt"), IFACE("iface"), SRC("src"), DST("dst"), LEN("len"), PKT4("pkt4"), CHADDR("mac"), HLEN("hlen"),
    HTYPE("htype"), CIADDR("ciaddr"), GIADDR("giaddr"), YIADDR("yiaddr"), SIADDR("siaddr"), PKT6("pkt6"),
    MSGTYPE("msgtype"), TRANSID("transid"), VENDOR_CLASS("vendor-class"), VENDOR("vendor"), ANY("*"),
    DATA("data"), ENTERPRISE("enterprise"), SUBSTRING("substring"), SPLIT("split"), ALL("all"), COMMA("\",\""),
    CONCAT("concat"), PLUS("+"), IFELSE("ifelse"), TOHEXSTRING("hexstring"), ADDRTOTEXT("addrtotext"),
    INT8TOTEXT("int8totext"), INT16TOTEXT("int16totext"), INT32TOTEXT("int32totext"),
    UINT8TOTEXT("uint8totext"), UINT16TOTEXT("uint16totext"), UINT32TOTEXT("uint32totext"), LCASE("lcase"),
    UCASE("ucase"), STRING("constant string"), INTEGER("integer"), HEXSTRING("constant hexstring"),
    OPTION_NAME("option name"), IP_ADDRESS("ip address");

    private final String display;

    TokenType(String display) {
        this.display = display;
    }

    /** @return the name Kea's parser prints for this token */
    String display() {
        return display;
    }

    /** @return the source spelling of a keyword or punctuation token, null for value tokens */
    String spelling() {
        return switch (this) {
            case END, STRING, INTEGER, HEXSTRING, OPTION_NAME, IP_ADDRESS -> null;
            case COMMA -> ",";
            default -> display;
        };
    }
}
