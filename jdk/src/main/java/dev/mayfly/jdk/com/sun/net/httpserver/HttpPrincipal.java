package dev.mayfly.jdk.com.sun.net.httpserver;

import java.security.Principal;

/** com.sun.net.httpserver.HttpPrincipal on Mayfly: a user name authenticated within a realm. */
public class HttpPrincipal implements Principal {
    private final String username;
    private final String realm;

    public HttpPrincipal(String username, String realm) {
        if (username == null || realm == null) {
            throw new NullPointerException();
        }
        this.username = username;
        this.realm = realm;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpPrincipal that && username.equals(that.username) && realm.equals(that.realm);
    }

    @Override
    public int hashCode() {
        return (username + realm).hashCode();
    }

    /** {@code realm:username}, as the JDK's. */
    @Override
    public String getName() {
        return realm + ":" + username;
    }

    public String getUsername() {
        return username;
    }

    public String getRealm() {
        return realm;
    }

    @Override
    public String toString() {
        return getName();
    }
}
