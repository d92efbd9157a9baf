package org.nestor.core.json;

/** Token kinds of Kea's JSON dialect, with the names Kea's syntax errors give them. */
enum JsonToken {
    LBRACE("{"), RBRACE("}"), LBRACKET("["), RBRACKET("]"), COLON(":"), COMMA("\",\""), STRING("constant string"),
    INTEGER("integer"), REAL("floating point"), TRUE("boolean"), FALSE("boolean"), NULL("null"),
    EOF("end of file");

    final String keaName;

    JsonToken(String keaName) {
        this.keaName = keaName;
    }
}
