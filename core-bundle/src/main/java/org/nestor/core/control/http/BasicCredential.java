package org.nestor.core.control.http;

/**
 * One client of basic authentication, already read from its files.
 *
 * @param user the user name (never contains ':')
 * @param password the password (may be empty)
 */
public record BasicCredential(String user, String password) {
    /** Never shows the password: credentials end up in log lines and exception messages. */
    @Override
    public String toString() {
        return "BasicCredential[user=" + user + ", password=*****]";
    }
}
