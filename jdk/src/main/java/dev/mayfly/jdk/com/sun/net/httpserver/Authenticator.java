package dev.mayfly.jdk.com.sun.net.httpserver;

/**
 * com.sun.net.httpserver.Authenticator on Mayfly: decides, before a context's handler runs,
 * whether an exchange is authenticated ({@link Success}), refused ({@link Failure}) or asked to
 * retry with credentials ({@link Retry}).
 */
public abstract class Authenticator {
    protected Authenticator() {
    }

    /** The outcome of {@link #authenticate}. */
    public abstract static class Result {
        protected Result() {
        }
    }

    /** Authentication failed: the exchange is answered with {@link #getResponseCode()} and no body. */
    public static class Failure extends Result {
        private final int responseCode;

        public Failure(int responseCode) {
            this.responseCode = responseCode;
        }

        public int getResponseCode() {
            return responseCode;
        }
    }

    /** Authenticated as {@link #getPrincipal()}: the handler runs. */
    public static class Success extends Result {
        private final HttpPrincipal principal;

        public Success(HttpPrincipal principal) {
            this.principal = principal;
        }

        public HttpPrincipal getPrincipal() {
            return principal;
        }
    }

    /** Credentials are needed: the exchange is answered with {@link #getResponseCode()} (usually 401) and no body. */
    public static class Retry extends Result {
        private final int responseCode;

        public Retry(int responseCode) {
            this.responseCode = responseCode;
        }

        public int getResponseCode() {
            return responseCode;
        }
    }

    /** Examines the exchange (its headers, usually) and says whether it may proceed. */
    public abstract Result authenticate(HttpExchange exchange);
}
