package dev.mayfly.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mayfly's com.sun.net.httpserver compiled into an image and run on the compiled runtime (green
 * threads, monitors, timeouts): the probe serves and calls itself, and its console must equal its
 * output on HotSpot, where the JDK's own server answers.
 *
 * <p>Until the kernel's java.net sockets exist, the image gets a test double of java.net (an
 * in-memory loopback network, src/test/resources/loopback-net) ahead of the platform class path;
 * once the jdk module provides {@code java.net.ServerSocket}, the real sockets are used.
 */
class HttpServerImageTest {
    private static final String MAIN = "dev.mayfly.it.probe.HttpServerProbe";
    private static Path probeJar;
    private static String hotSpotOutput;

    @BeforeAll
    static void runOnHotSpot() throws Exception {
        probeJar = TestImages.probeJar("http-probe", "HttpServerProbe");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", probeJar.toString(), MAIN).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        p.getErrorStream().readAllBytes();
        assertEquals(0, p.waitFor(), "the probe on HotSpot");
        hotSpotOutput = new String(stdout, StandardCharsets.UTF_8);
        assertTrue(hotSpotOutput.endsWith("done\n"), hotSpotOutput);
    }

    private static Path image() {
        boolean realSockets = ClassLoader.getSystemResource("dev/mayfly/jdk/java/net/ServerSocket.class") != null;
        return TestImages.build("http-probe", List.of(probeJar), MAIN, realSockets ? List.of() : List.of(loopbackNetJar()));
    }

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void answersAsTheJdksServerDoes(Guest.On on) {
        Path image = image();
        Guest guest = Guest.boot(on, image);
        assertEquals(0, guest.status(), guest.console());
        assertEquals(hotSpotOutput, guest.console());
    }

    /** Compiles the loopback java.net test double and jars it. */
    private static Path loopbackNetJar() {
        Path work = TestImages.WORK.resolve("loopback-net");
        Path jar = TestImages.WORK.resolve("loopback-net.jar");
        try {
            Path sources = Path.of(HttpServerImageTest.class.getResource("/loopback-net").toURI());
            List<String> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(sources)) {
                walk.filter(f -> f.toString().endsWith(".java")).forEach(f -> files.add(f.toString()));
            }
            Files.createDirectories(work);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<String> args = new ArrayList<>(List.of("-d", work.toString(), "--release", "25"));
            args.addAll(files);
            assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "compiling the loopback test network");
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out);
                    Stream<Path> classes = Files.walk(work)) {
                for (Path c : classes.filter(f -> f.toString().endsWith(".class")).toList()) {
                    jos.putNextEntry(new JarEntry(work.relativize(c).toString().replace('\\', '/')));
                    jos.write(Files.readAllBytes(c));
                    jos.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
