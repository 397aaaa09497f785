package dev.mayfly.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs target/http.jar on HotSpot ({@code java -jar}, PORT=0) and calls every endpoint with java.net.http.HttpClient. */
class HttpServiceJarTest {
    private static Process process;
    private static URI base;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void startJar() throws Exception {
        Path jar = Path.of(System.getProperty("http.jar", "target/http.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " missing: run mvn package first");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-jar", jar.toString());
        pb.environment().put("PORT", "0");
        pb.redirectErrorStream(true);
        process = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = Pattern.compile("listening on http://0\\.0\\.0\\.0:(\\d+)/").matcher(line == null ? "" : line);
        assertTrue(m.matches(), "first line: " + line);
        base = URI.create("http://127.0.0.1:" + m.group(1) + "/");
    }

    @AfterAll
    static void stopJar() throws Exception {
        if (process != null) {
            process.destroy();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the service did not stop on SIGTERM");
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rootAnswersText() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertEquals("Hello from a Java unikernel!\n", r.body());
        assertEquals("text/plain; charset=utf-8", r.headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void unknownPathIs404() throws Exception {
        assertEquals(404, get("/nope").statusCode());
    }

    @Test
    void jsonAnswersADocument() throws Exception {
        HttpResponse<String> r = get("/json");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("content-type").orElseThrow());
        assertTrue(r.body().matches("\\{\"service\":\"mayfly-example-http\",\"endpoints\":\\[\"/\",\"/json\",\"/echo\",\"/health\"\\],\"requests\":\\d+\\}\n"),
                r.body());
    }

    @Test
    void echoReturnsThePostedBody() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(base.resolve("/echo"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("ping ünïcode")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("ping ünïcode", r.body());
        assertEquals("text/plain", r.headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void echoRefusesGetWith405() throws Exception {
        HttpResponse<String> r = get("/echo");
        assertEquals(405, r.statusCode());
        assertEquals("POST", r.headers().firstValue("allow").orElseThrow());
    }

    @Test
    void healthIsOk() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("ok\n", r.body());
    }

    @Test
    void curlGetsTheSameAnswer() throws Exception {
        Path curl = Path.of("/usr/bin/curl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(curl), "SKIPPED: curl not installed");
        Process p = new ProcessBuilder(curl.toString(), "-sS", "--data-binary", "abc", base.resolve("/echo").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals("abc", out);
    }
}
