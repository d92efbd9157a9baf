package org.nestor.core.json;

/** The kinds of JSON values, with the token names Kea's parser uses in its syntax errors. */
public enum JsonKind {
    OBJECT("{"), ARRAY("["), STRING("constant string"), INTEGER("integer"), REAL("floating point"),
    BOOLEAN("boolean"), NULL("null");

    private final String keaName;

    JsonKind(String keaName) {
        this.keaName = keaName;
    }

    /** @return how Kea names this kind in "unexpected X, expecting Y" messages */
    public String keaName() {
        return keaName;
    }
}
