package dev.mayfly.jdk.sun.net.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The server's states and argument checks, compared with the JDK's server where it decides. */
class ServerLifecycleTest {
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void createdUnboundHasNoAddressAndCannotStart() throws IOException {
        var ours = dev.mayfly.jdk.com.sun.net.httpserver.HttpServer.create();
        var jdk = com.sun.net.httpserver.HttpServer.create();
        assertNull(ours.getAddress());
        assertThrows(IllegalStateException.class, ours::start);
        assertThrows(IllegalStateException.class, jdk::start);
    }

    @Test
    void bindTwiceIsABindException() throws IOException {
        var ours = dev.mayfly.jdk.com.sun.net.httpserver.HttpServer.create(LOOPBACK, 0);
        var jdk = com.sun.net.httpserver.HttpServer.create(LOOPBACK, 0);
        try {
            assertThrows(BindException.class, () -> ours.bind(LOOPBACK, 0));
            assertThrows(BindException.class, () -> jdk.bind(LOOPBACK, 0));
        } finally {
            ours.stop(0);
            jdk.stop(0);
        }
    }

    @Test
    void startTwiceAndSetExecutorAfterStartAreIllegalStates() throws IOException {
        var ours = dev.mayfly.jdk.com.sun.net.httpserver.HttpServer.create(LOOPBACK, 0);
        var jdk = com.sun.net.httpserver.HttpServer.create(LOOPBACK, 0);
        ours.start();
        jdk.start();
        try {
            assertThrows(IllegalStateException.class, ours::start);
            assertThrows(IllegalStateException.class, jdk::start);
            assertThrows(IllegalStateException.class, () -> ours.setExecutor(Runnable::run));
            assertThrows(IllegalStateException.class, () -> jdk.setExecutor(Runnable::run));
        } finally {
            ours.stop(0);
            jdk.stop(0);
        }
        assertThrows(IllegalStateException.class, ours::start, "a stopped server does not start again");
        assertThrows(IllegalArgumentException.class, () -> ours.stop(-1));
    }

    @Test
    void contextPathsAreChecked() throws IOException {
        var ours = dev.mayfly.jdk.com.sun.net.httpserver.HttpServer.create();
        var jdk = com.sun.net.httpserver.HttpServer.create();
        assertThrows(IllegalArgumentException.class, () -> ours.createContext("no-slash"));
        assertThrows(IllegalArgumentException.class, () -> jdk.createContext("no-slash"));
        ours.createContext("/x");
        jdk.createContext("/x");
        assertThrows(IllegalArgumentException.class, () -> ours.createContext("/x"));
        assertThrows(IllegalArgumentException.class, () -> jdk.createContext("/x"));
        ours.removeContext("/x");
        jdk.removeContext("/x");
        assertThrows(IllegalArgumentException.class, () -> ours.removeContext("/x"));
        assertThrows(IllegalArgumentException.class, () -> jdk.removeContext("/x"));
        var context = ours.createContext("/y");
        assertEquals("/y", context.getPath());
        assertEquals(ours, context.getServer());
        assertNull(context.getHandler());
        ours.removeContext(context);
        assertThrows(IllegalArgumentException.class, () -> ours.removeContext(context));
    }
}
