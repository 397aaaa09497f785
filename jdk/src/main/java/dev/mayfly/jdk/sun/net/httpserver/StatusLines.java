package dev.mayfly.jdk.sun.net.httpserver;

/** The reason phrases the JDK's server writes after a status code (RFC 9110 §15), with the leading space. */
final class StatusLines {
    private StatusLines() {
    }

    /** {@code " OK"} for 200 and so on; {@code " "} for a code without a known phrase. */
    static String reason(int code) {
        return switch (code) {
            case 100 -> " Continue";
            case 200 -> " OK";
            case 201 -> " Created";
            case 202 -> " Accepted";
            case 203 -> " Non-Authoritative Information";
            case 204 -> " No Content";
            case 205 -> " Reset Content";
            case 206 -> " Partial Content";
            case 300 -> " Multiple Choices";
            case 301 -> " Moved Permanently";
            case 302 -> " Temporary Redirect";
            case 303 -> " See Other";
            case 304 -> " Not Modified";
            case 305 -> " Use Proxy";
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 402 -> " Payment Required";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 405 -> " Method Not Allowed";
            case 406 -> " Not Acceptable";
            case 407 -> " Proxy Authentication Required";
            case 408 -> " Request Time-Out";
            case 409 -> " Conflict";
            case 410 -> " Gone";
            case 411 -> " Length Required";
            case 412 -> " Precondition Failed";
            case 413 -> " Request Entity Too Large";
            case 414 -> " Request-URI Too Large";
            case 415 -> " Unsupported Media Type";
            case 500 -> " Internal Server Error";
            case 501 -> " Not Implemented";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            case 505 -> " HTTP Version Not Supported";
            default -> " ";
        };
    }
}
