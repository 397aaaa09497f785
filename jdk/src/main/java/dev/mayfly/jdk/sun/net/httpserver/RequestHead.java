package dev.mayfly.jdk.sun.net.httpserver;

import dev.mayfly.jdk.com.sun.net.httpserver.Headers;
import java.net.URI;

/**
 * A checked request head: the request line split into method, target and protocol, the target
 * as a URI, the header fields (read-only, names normalised) and what they say about the body and
 * the connection. Made only by {@link RequestHeadParser}; every accessor is total.
 *
 * @param method         a token (RFC 9110 §9.1)
 * @param uri            the request target parsed as a URI
 * @param protocol       the HTTP-version as sent, {@code HTTP/1.1} say
 * @param headers        read-only request headers
 * @param bodyLength     the body's length by Content-Length (0 when there is none), or
 *                       {@link #CHUNKED} for {@code Transfer-Encoding: chunked} (RFC 9112 §6.3)
 * @param http10         the request is HTTP/1.0: the connection closes after it unless it asks
 *                       for keep-alive
 * @param connection     the first Connection header value, or null
 * @param expectContinue the request carries {@code Expect: 100-continue} (RFC 9110 §10.1.1)
 */
record RequestHead(String method, URI uri, String protocol, Headers headers, long bodyLength, boolean http10,
        String connection, boolean expectContinue) implements HeadParse {
    /** {@link #bodyLength()} of a chunked body. */
    static final long CHUNKED = -1;

    /** The first request line, as the JDK reports it in its logs. */
    String requestLine() {
        return method + " " + uri + " " + protocol;
    }
}
