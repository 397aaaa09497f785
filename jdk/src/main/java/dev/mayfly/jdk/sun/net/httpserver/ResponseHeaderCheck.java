package dev.mayfly.jdk.sun.net.httpserver;

/**
 * The last check before a response header value goes on the wire: a handler can reach the value
 * lists of {@code Headers} directly, so a CR or LF (response splitting) is refused here too.
 */
final class ResponseHeaderCheck {
    private ResponseHeaderCheck() {
    }

    /** {@code value} if it holds no CR or LF other than an obsolete fold (CR LF SP/HT); else IllegalArgumentException. */
    static String value(String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                if (i + 2 >= n || value.charAt(i + 1) != '\n' || (value.charAt(i + 2) != ' ' && value.charAt(i + 2) != '\t')) {
                    throw new IllegalArgumentException("Illegal CR found in header");
                }
                i += 2;
            } else if (c == '\n') {
                throw new IllegalArgumentException("Illegal LF found in header");
            } else if (c > 255) {
                // ISO-8859-1 on the wire (RFC 9110 §5.5): anything above would be written as '?'.
                throw new IllegalArgumentException("Illegal character found in header");
            }
        }
        return value;
    }
}
