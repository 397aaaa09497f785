package dev.mayfly.jdk.sun.net.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Filters (a custom one, beforeHandler, afterHandler, adaptRequest), exchange attributes, an
 * authenticator and stop(delay), each scenario written once against the JDK's API and once
 * against Mayfly's, with the same answers expected of both.
 */
class FiltersAndAuthenticatorTest {
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private static void reply(com.sun.net.httpserver.HttpExchange x, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(200, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    private static void reply(dev.mayfly.jdk.com.sun.net.httpserver.HttpExchange x, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(200, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    private static String filterScenario(int port, List<String> events) throws IOException {
        try (RawHttp c = new RawHttp(port)) {
            String body = c.send("GET /f HTTP/1.1\r\n\r\n").read().body();
            HttpServerBehaviourTest.waitFor(() -> events.size() >= 4);
            return body + " | " + events;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void filtersRunInOrderAroundTheHandlerOnBothServers() throws Exception {
        List<String> jdkEvents = new CopyOnWriteArrayList<>();
        var jdk = com.sun.net.httpserver.HttpServer.create(LOOPBACK, 0);
        var jc = jdk.createContext("/f", x -> reply(x, x.getRequestMethod() + " " + x.getRequestURI() + " "
                + x.getRequestHeaders().getFirst("X-Added") + " " + x.getAttribute("seen")));
        jc.getFilters().add(new com.sun.net.httpserver.Filter() {
            @Override
            public void doFilter(com.sun.net.httpserver.HttpExchange x, Chain chain) throws IOException {
                jdkEvents.add("custom before");
                x.setAttribute("seen", "yes");
                chain.doFilter(x);
                jdkEvents.add("custom after");
            }

            @Override
            public String description() {
                return "custom";
            }
        });
        jc.getFilters().add(com.sun.net.httpserver.Filter.beforeHandler("before", x -> jdkEvents.add("before")));
        jc.getFilters().add(com.sun.net.httpserver.Filter.afterHandler("after", x -> jdkEvents.add("after " + x.getResponseCode())));
        jc.getFilters().add(com.sun.net.httpserver.Filter.adaptRequest("adapt", r -> new com.sun.net.httpserver.Request() {
            public URI getRequestURI() { return URI.create("/adapted"); }
            public String getRequestMethod() { return "PUT"; }
            public com.sun.net.httpserver.Headers getRequestHeaders() { return r.with("X-Added", List.of("x")).getRequestHeaders(); }
        }));

        List<String> ourEvents = new CopyOnWriteArrayList<>();
        var ours = dev.mayfly.jdk.com.sun.net.httpserver.HttpServer.create(LOOPBACK, 0);
        var oc = ours.createContext("/f", x -> reply(x, x.getRequestMethod() + " " + x.getRequestURI() + " "
                + x.getRequestHeaders().getFirst("X-Added") + " " + x.getAttribute("seen")));
        oc.getFilters().add(new dev.mayfly.jdk.com.sun.net.httpserver.Filter() {
            @Override
            public void doFilter(dev.mayfly.jdk.com.sun.net.httpserver.HttpExchange x, Chain chain) throws IOException {
                ourEvents.add("custom before");
                x.setAttribute("seen", "yes");
                chain.doFilter(x);
                ourEvents.add("custom after");
            }

            @Override
            public String description() {
                return "custom";
            }
        });
        oc.getFilters().add(dev.mayfly.jdk.com.sun.net.httpserver.Filter.beforeHandler("before", x -> ourEvents.add("before")));
        oc.getFilters().add(dev.mayfly.jdk.com.sun.net.httpserver.Filter.afterHandler("after", x -> ourEvents.add("after " + x.getResponseCode())));
        oc.getFilters().add(dev.mayfly.jdk.com.sun.net.httpserver.Filter.adaptRequest("adapt", r -> new dev.mayfly.jdk.com.sun.net.httpserver.Request() {
            public URI getRequestURI() { return URI.create("/adapted"); }
            public String getRequestMethod() { return "PUT"; }
            public dev.mayfly.jdk.com.sun.net.httpserver.Headers getRequestHeaders() { return r.with("X-Added", List.of("x")).getRequestHeaders(); }
        }));

        jdk.start();
        ours.start();
        try {
            String expected = filterScenario(jdk.getAddress().getPort(), jdkEvents);
            assertEquals("PUT /adapted x yes | [custom before, before, after 200, custom after]", expected);
            assertEquals(expected, filterScenario(ours.getAddress().getPort(), ourEvents));
        } finally {
            jdk.stop(0);
            ours.stop(0);
        }
    }

    @Test
    void authenticatorRetryAndSuccessOnBothServers() throws Exception {
        var jdk = com.sun.net.httpserver.HttpServer.create(LOOPBACK, 0);
        jdk.createContext("/secret", x -> reply(x, "hello " + x.getPrincipal().getUsername()))
                .setAuthenticator(new com.sun.net.httpserver.Authenticator() {
                    @Override
                    public Result authenticate(com.sun.net.httpserver.HttpExchange x) {
                        if ("letmein".equals(x.getRequestHeaders().getFirst("X-Token"))) {
                            return new Success(new com.sun.net.httpserver.HttpPrincipal("ada", "realm"));
                        }
                        x.getResponseHeaders().set("WWW-Authenticate", "Token");
                        return new Retry(401);
                    }
                });
        var ours = dev.mayfly.jdk.com.sun.net.httpserver.HttpServer.create(LOOPBACK, 0);
        ours.createContext("/secret", x -> reply(x, "hello " + x.getPrincipal().getUsername()))
                .setAuthenticator(new dev.mayfly.jdk.com.sun.net.httpserver.Authenticator() {
                    @Override
                    public Result authenticate(dev.mayfly.jdk.com.sun.net.httpserver.HttpExchange x) {
                        if ("letmein".equals(x.getRequestHeaders().getFirst("X-Token"))) {
                            return new Success(new dev.mayfly.jdk.com.sun.net.httpserver.HttpPrincipal("ada", "realm"));
                        }
                        x.getResponseHeaders().set("WWW-Authenticate", "Token");
                        return new Retry(401);
                    }
                });
        jdk.start();
        ours.start();
        try {
            for (int port : new int[] {jdk.getAddress().getPort(), ours.getAddress().getPort()}) {
                try (RawHttp c = new RawHttp(port)) {
                    RawHttp.Response denied = c.send("GET /secret HTTP/1.1\r\n\r\n").read();
                    assertEquals("HTTP/1.1 401 Unauthorized", denied.statusLine());
                    assertEquals("Token", denied.header("WWW-Authenticate"));
                    assertEquals("0", denied.header("Content-length"));
                    RawHttp.Response allowed = c.send("GET /secret HTTP/1.1\r\nX-Token: letmein\r\n\r\n").read();
                    assertEquals("hello ada", allowed.body());
                }
            }
        } finally {
            jdk.stop(0);
            ours.stop(0);
        }
    }

    @Test
    void stopWithDelayLetsTheExchangeInProgressFinish() throws Exception {
        var ours = dev.mayfly.jdk.com.sun.net.httpserver.HttpServer.create(LOOPBACK, 0);
        ours.createContext("/slow", x -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(x, "finished");
        });
        ours.start();
        try (RawHttp c = new RawHttp(ours.getAddress().getPort())) {
            c.send("GET /slow HTTP/1.1\r\n\r\n");
            Thread.sleep(100);
            long start = System.nanoTime();
            ours.stop(5);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("finished", c.read().body());
            assertTrue(millis >= 300 && millis < 4000, "stop returned after " + millis + " ms");
            assertTrue(c.closedByServer());
        }
    }
}
