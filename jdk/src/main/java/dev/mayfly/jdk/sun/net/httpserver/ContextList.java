package dev.mayfly.jdk.sun.net.httpserver;

import java.util.ArrayList;
import java.util.List;

/**
 * The contexts of one server. A request goes to the context whose path is the longest string
 * prefix of the request path — a plain prefix, as in the JDK: {@code /app} also takes
 * {@code /apple}.
 */
final class ContextList {
    private final List<MayflyHttpContext> contexts = new ArrayList<>();

    synchronized void add(MayflyHttpContext context) {
        if (findExact(context.getPath()) != null) {
            throw new IllegalArgumentException("cannot add context to list");
        }
        contexts.add(context);
    }

    synchronized MayflyHttpContext find(String path) {
        MayflyHttpContext longest = null;
        for (MayflyHttpContext c : contexts) {
            if (path.startsWith(c.getPath()) && (longest == null || c.getPath().length() > longest.getPath().length())) {
                longest = c;
            }
        }
        return longest;
    }

    synchronized MayflyHttpContext findExact(String path) {
        for (MayflyHttpContext c : contexts) {
            if (c.getPath().equals(path)) {
                return c;
            }
        }
        return null;
    }

    synchronized void remove(String path) {
        MayflyHttpContext c = findExact(path);
        if (c == null) {
            throw new IllegalArgumentException("cannot remove element from list");
        }
        contexts.remove(c);
    }

    synchronized void remove(MayflyHttpContext context) {
        if (!contexts.remove(context)) {
            throw new IllegalArgumentException("no such context in list");
        }
    }
}
