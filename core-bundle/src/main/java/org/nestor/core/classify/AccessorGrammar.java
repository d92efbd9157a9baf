package org.nestor.core.classify;

import static org.nestor.core.classify.TokenType.*;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.wire.options.OptionDefinition;
import org.nestor.core.wire.options.OptionDefinitions;

/**
 * Parses the forms that read the packet: {@code option[..]}, {@code relay4[..]}, {@code relay6[..]},
 * {@code vendor..}, {@code vendor-class..}, {@code pkt.}, {@code pkt4.}, {@code pkt6.} and {@code member(..)}.
 * Option names and types are resolved here, once.
 */
final class AccessorGrammar {
    static final Set<TokenType> STARTS = EnumSet.of(OPTION, RELAY4, RELAY6, VENDOR, VENDOR_CLASS, PKT, PKT4, PKT6);
    private static final String AGENT_SPACE = "dhcp-agent-options-space";
    private static final long UINT32_MAX = 0xffffffffL;

    private final TokenStream in;
    private final Universe universe;
    private final OptionDefinitions definitions;
    private final ClassReferences classes;
    private final VendorNodes vendor;

    AccessorGrammar(TokenStream in, Universe universe, OptionDefinitions definitions, ClassReferences classes) {
        this.in = in;
        this.universe = universe;
        this.definitions = definitions;
        this.classes = classes;
        this.vendor = new VendorNodes(universe == Universe.V6);
    }

    /** Parses one accessor starting at the current token; {@code allowBool} admits the {@code .exists} forms. */
    Operand parse(boolean allowBool) throws ExpressionException {
        return switch (in.peek().type()) {
            case OPTION -> option(allowBool);
            case RELAY4 -> relay4(allowBool);
            case RELAY6 -> relay6(allowBool);
            case VENDOR -> vendor(allowBool);
            case VENDOR_CLASS -> vendorClass(allowBool);
            case PKT -> Operand.of(PacketNodes.pkt(field(PKT, EnumSet.of(IFACE, SRC, DST, LEN))));
            case PKT4 -> pkt4();
            case PKT6 -> pkt6();
            default -> throw new IllegalStateException("not an accessor: " + in.peek());
        };
    }

    /** {@code member('name')}: the class must be built-in or defined before. */
    BoolNode member() throws ExpressionException {
        in.expect(MEMBER);
        in.expect(LPAREN);
        Token name = in.expect(STRING);
        in.expect(RPAREN);
        if (!classes.isKnown(name.text())) {
            throw in.error(name, "Not defined client class '" + name.text() + "'");
        }
        classes.reference(name.text());
        String cls = name.text();
        return c -> c.classes().contains(cls);
    }

    private Operand option(boolean allowBool) throws ExpressionException {
        in.next();
        in.expect(LBRACKET);
        Token codeToken = in.expectOneOf(EnumSet.of(INTEGER, OPTION_NAME));
        OptionDefinition def;
        int code;
        if (codeToken.type() == INTEGER) {
            code = optionCode(codeToken);
            def = lookup(universe.optionSpace(), code);
        } else {
            Optional<OptionDefinition> named = definitions.byName(universe.optionSpace(), codeToken.text());
            if (named.isEmpty()) throw in.error(codeToken, "option '" + codeToken.text() + "' is not defined");
            def = named.get();
            code = def.code();
        }
        in.expect(RBRACKET);
        in.expect(DOT);
        Set<TokenType> next = allowBool ? EnumSet.of(OPTION, TEXT, HEX, EXISTS) : EnumSet.of(OPTION, TEXT, HEX);
        Token t = in.expectOneOf(next);
        if (t.type() != OPTION) return OptionNodes.represent(OptionNodes.top(code), repr(t), def);
        boolean encapsulates = def != null && !def.encapsulate().isEmpty();
        int sub = bracketedOptionCode();
        in.expect(DOT);
        OptionDefinition subDef = encapsulates ? lookup(def.encapsulate(), sub) : null;
        OptionNodes.PayloadSource source = OptionNodes.sub(OptionNodes.top(code), sub, encapsulates,
                universe == Universe.V6);
        return OptionNodes.represent(source, repr(in.expectOneOf(reprs(allowBool))), subDef);
    }

    private Operand relay4(boolean allowBool) throws ExpressionException {
        Token relay = in.next();
        int sub = bracketedOptionCode();
        in.expect(DOT);
        Token repr = in.expectOneOf(reprs(allowBool));
        if (universe != Universe.V4) throw in.error(relay, "relay4 can only be used in DHCPv4.");
        OptionNodes.PayloadSource source = OptionNodes.sub(OptionNodes.top(82), sub, true, false);
        return OptionNodes.represent(source, repr(repr), lookup(AGENT_SPACE, sub));
    }

    private Operand relay6(boolean allowBool) throws ExpressionException {
        in.next();
        in.expect(LBRACKET);
        Token nestToken = in.expect(INTEGER);
        long nest = parseLong(nestToken.text());
        if (universe == Universe.V4 || nest < Integer.MIN_VALUE || nest > Integer.MAX_VALUE) {
            throw in.error(nestToken, "Nest level invalid for DHCPv4 packets");
        }
        in.expect(RBRACKET);
        in.expect(DOT);
        Token t = in.expectOneOf(EnumSet.of(OPTION, PEERADDR, LINKADDR));
        if (t.type() != OPTION) return Operand.of(OptionNodes.relay6Address((int) nest, t.type() == PEERADDR));
        int code = bracketedOptionCode();
        in.expect(DOT);
        Token repr = in.expectOneOf(reprs(allowBool));
        return OptionNodes.represent(OptionNodes.relay6((int) nest, code), repr(repr),
                lookup(universe.optionSpace(), code));
    }

    private Operand vendor(boolean allowBool) throws ExpressionException {
        in.next();
        if (in.expectOneOf(EnumSet.of(LBRACKET, DOT)).type() == DOT) {
            in.expect(ENTERPRISE);
            return Operand.of(vendor.enterprise(false));
        }
        long enterprise = enterpriseId();
        in.expect(RBRACKET);
        in.expect(DOT);
        Token t = in.expectOneOf(allowBool ? EnumSet.of(OPTION, EXISTS) : EnumSet.of(OPTION));
        if (t.type() == EXISTS) return Operand.of(vendor.exists(false, enterprise));
        int code = bracketedOptionCode();
        in.expect(DOT);
        Token repr = in.expectOneOf(reprs(allowBool));
        return OptionNodes.represent(vendor.subOption(enterprise, code), repr(repr),
                lookup("vendor-" + enterprise, code));
    }

    private Operand vendorClass(boolean allowBool) throws ExpressionException {
        in.next();
        if (in.expectOneOf(EnumSet.of(LBRACKET, DOT)).type() == DOT) {
            in.expect(ENTERPRISE);
            return Operand.of(vendor.enterprise(true));
        }
        long enterprise = enterpriseId();
        in.expect(RBRACKET);
        in.expect(DOT);
        Token t = in.expectOneOf(allowBool ? EnumSet.of(EXISTS, DATA) : EnumSet.of(DATA));
        if (t.type() == EXISTS) return Operand.of(vendor.exists(true, enterprise));
        int index = 0;
        if (in.at(LBRACKET)) {
            in.next();
            Token i = in.expect(INTEGER);
            long v = parseLong(i.text());
            if (v < 0 || v > 255) throw in.error(i, "Invalid value in " + i.text() + ". Allowed range: 0..255");
            index = (int) v;
            in.expect(RBRACKET);
        }
        return Operand.of(vendor.data(enterprise, index));
    }

    private Operand pkt4() throws ExpressionException {
        Token start = in.peek();
        TokenType f = field(PKT4, EnumSet.of(CHADDR, HLEN, HTYPE, CIADDR, GIADDR, YIADDR, SIADDR, MSGTYPE, TRANSID));
        if (universe != Universe.V4) throw in.error(start, "pkt4 can only be used in DHCPv4.");
        return Operand.of(PacketNodes.pkt4(f));
    }

    private Operand pkt6() throws ExpressionException {
        Token start = in.peek();
        TokenType f = field(PKT6, EnumSet.of(MSGTYPE, TRANSID));
        if (universe != Universe.V6) throw in.error(start, "pkt6 can only be used in DHCPv6.");
        return Operand.of(PacketNodes.pkt6(f));
    }

    private TokenType field(TokenType head, Set<TokenType> fields) throws ExpressionException {
        in.expect(head);
        in.expect(DOT);
        return in.expectOneOf(fields).type();
    }

    private long enterpriseId() throws ExpressionException {
        Token t = in.expectOneOf(EnumSet.of(ANY, INTEGER));
        if (t.type() == ANY) return 0;
        long v = parseLong(t.text());
        if (v < 0 || v > UINT32_MAX) {
            throw in.error(t, "Invalid value in " + t.text() + ". Allowed range: 0..4294967295");
        }
        return v;
    }

    /** {@code [integer]} with the option code range check. */
    private int bracketedOptionCode() throws ExpressionException {
        in.expect(LBRACKET);
        int code = optionCode(in.expect(INTEGER));
        in.expect(RBRACKET);
        return code;
    }

    private int optionCode(Token t) throws ExpressionException {
        long v = parseLong(t.text());
        if (v < 0 || v > universe.maxOptionCode()) {
            throw in.error(t, "Option code has invalid value in " + t.text() + ". Allowed range: 0.."
                    + universe.maxOptionCode());
        }
        return (int) v;
    }

    private OptionDefinition lookup(String space, int code) {
        return definitions.byCode(space, code).orElse(null);
    }

    private static Set<TokenType> reprs(boolean allowBool) {
        return allowBool ? EnumSet.of(TEXT, HEX, EXISTS) : EnumSet.of(TEXT, HEX);
    }

    private static OptionNodes.Repr repr(Token t) {
        return switch (t.type()) {
            case TEXT -> OptionNodes.Repr.TEXT;
            case HEX -> OptionNodes.Repr.HEX;
            default -> OptionNodes.Repr.EXISTS;
        };
    }

    /** @return the value, or Long.MIN_VALUE when it does not fit in 64 bits (always out of range) */
    static long parseLong(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}
