package dev.mayfly.jdk.sun.net.httpserver;

import dev.mayfly.jdk.com.sun.net.httpserver.Headers;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * Parses the bytes of a request head (RFC 9112 §2–§6) once into a {@link RequestHead}, or a
 * {@link HeadRejection} for input the server refuses. Total over every byte sequence: it never
 * throws. Follows the JDK's server where it decides (bad request line → 400, an illegal header
 * name → 400, Content-Length with Transfer-Encoding or twice, or not a number (as Long.parseLong reads it) or negative → 400, a transfer coding other than
 * chunked → 501, obsolete line folding joined with a space) and is stricter where the JDK accepts
 * nonsense: the method must be a token and the version {@code HTTP/d.d}.
 */
final class RequestHeadParser {
    private static final boolean[] TCHAR = new boolean[128];

    static {
        for (char c : "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
            TCHAR[c] = true;
        }
    }

    private RequestHeadParser() {
    }

    /** Parses {@code head} (a request head without its final empty line), allowing at most {@code maxHeaders} fields. */
    static HeadParse parse(byte[] head, int maxHeaders) {
        List<String> lines = splitLines(head);
        if (lines == null) {
            return new HeadRejection(400, "Bad request line");
        }
        if (lines.isEmpty()) {
            return new HeadRejection(400, "Bad request line");
        }
        String requestLine = lines.get(0);
        int firstSpace = requestLine.indexOf(' ');
        int secondSpace = firstSpace < 0 ? -1 : requestLine.indexOf(' ', firstSpace + 1);
        if (firstSpace <= 0 || secondSpace < 0) {
            return new HeadRejection(400, "Bad request line");
        }
        String method = requestLine.substring(0, firstSpace);
        String target = requestLine.substring(firstSpace + 1, secondSpace);
        String protocol = requestLine.substring(secondSpace + 1);
        if (!isToken(method) || target.isEmpty() || !isHttpVersion(protocol)) {
            return new HeadRejection(400, "Bad request line");
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return new HeadRejection(400, "URISyntaxException thrown");
        }

        Headers headers = new Headers();
        String lastName = null;
        int count = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            char first = line.charAt(0);
            if (first == ' ' || first == '\t') {
                // Obsolete line folding (RFC 9112 §5.2): join the continuation with one space.
                if (lastName == null) {
                    return new HeadRejection(400, "Header key contains illegal characters");
                }
                List<String> values = headers.get(lastName);
                int last = values.size() - 1;
                String joined = (values.get(last) + " " + trimOws(line)).trim();
                values.set(last, joined);
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon);
            if (!isToken(name)) {
                return new HeadRejection(400, "Header key contains illegal characters");
            }
            if (++count > maxHeaders) {
                return new HeadRejection(400, "Maximum number of request headers (sun.net.httpserver.maxReqHeaders) exceeded, "
                        + maxHeaders + ".");
            }
            headers.add(name, trimOws(line.substring(colon + 1)));
            lastName = name;
        }

        List<String> contentLength = headers.get("Content-Length");
        List<String> transferEncoding = headers.get("Transfer-Encoding");
        if (contentLength != null && (transferEncoding != null || contentLength.size() > 1)) {
            return new HeadRejection(400, "Conflicting or malformed headers detected");
        }
        long bodyLength = 0;
        if (transferEncoding != null) {
            if (transferEncoding.size() != 1 || !transferEncoding.get(0).equalsIgnoreCase("chunked")) {
                return new HeadRejection(501, "Unsupported Transfer-Encoding value");
            }
            bodyLength = RequestHead.CHUNKED;
        } else if (contentLength != null) {
            try {
                bodyLength = Long.parseLong(contentLength.get(0));
            } catch (NumberFormatException e) {
                return new HeadRejection(400, "NumberFormatException thrown");
            }
            if (bodyLength < 0) {
                return new HeadRejection(400, "Illegal Content-Length value");
            }
        }
        String expect = headers.getFirst("Expect");
        return new RequestHead(method, uri, protocol, Headers.of(headers), bodyLength,
                protocol.equalsIgnoreCase("HTTP/1.0"), headers.getFirst("Connection"),
                expect != null && expect.equalsIgnoreCase("100-continue"));
    }

    /**
     * The head's lines as ISO-8859-1 text, each without its CR LF or LF; null if a line holds a
     * CR elsewhere or a NUL (RFC 9112 §2.2: a recipient may reject them).
     */
    private static List<String> splitLines(byte[] head) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b == '\n') {
                lines.add(line.toString());
                line.setLength(0);
            } else if (b == '\r') {
                if (i + 1 >= head.length || head[i + 1] != '\n') {
                    return null;
                }
            } else if (b == 0) {
                return null;
            } else {
                line.append((char) b);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        for (String l : lines) {
            if (l.isEmpty()) {
                return null;
            }
        }
        return lines;
    }

    private static String trimOws(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Whether {@code s} is a non-empty token (RFC 9110 §5.6.2). */
    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || !TCHAR[c]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is {@code HTTP/} digit {@code .} digit (RFC 9112 §2.3). */
    private static boolean isHttpVersion(String s) {
        return s.length() == 8 && s.startsWith("HTTP/") && Character.isDigit(s.charAt(5)) && s.charAt(6) == '.'
                && Character.isDigit(s.charAt(7)) && s.charAt(5) < 128 && s.charAt(7) < 128;
    }
}
