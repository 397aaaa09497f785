package dev.mayfly.it;

import dev.mayfly.image.BuildException;
import dev.mayfly.image.BuildListener;
import dev.mayfly.image.BuildRequest;
import dev.mayfly.image.BuildResult;
import dev.mayfly.image.ImageBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The images the end-to-end tests boot, each built once per test run and shared by every test.
 */
final class TestImages {
    static final Path ROOT = Path.of(System.getProperty("mayfly.root", "..")).toAbsolutePath().normalize();
    static final Path WORK = Path.of(System.getProperty("mayfly.it.work", "target/it")).toAbsolutePath();
    static final Path CLASSES = Path.of(System.getProperty("mayfly.it.classes", "target/classes")).toAbsolutePath();
    static final String PROBE_PACKAGE = "dev/mayfly/it/probe/";

    private static final Map<String, BuildResult> BUILT = new HashMap<>();

    private TestImages() {
    }

    static Path hello() {
        return build("hello", List.of(ROOT.resolve("examples/hello/target/hello.jar")), "dev.mayfly.examples.hello.Hello");
    }

    static Path exitProbe() {
        return build("exit-probe", List.of(probeJar("exit-probe", "ExitProbe")), "dev.mayfly.it.probe.ExitProbe");
    }

    static BuildResult result(String name) {
        return BUILT.get(name);
    }

    static synchronized Path build(String name, List<Path> jars, String mainClass) {
        return build(name, jars, mainClass, List.of());
    }

    /** Builds with {@code platformFirst} ahead of the platform class path (test doubles of platform classes). */
    static synchronized Path build(String name, List<Path> jars, String mainClass, List<Path> platformFirst) {
        BuildResult done = BUILT.get(name);
        if (done != null) {
            return done.image();
        }
        Requirements.gccAndMusl();
        try {
            Files.createDirectories(WORK);
            List<Path> platform = new java.util.ArrayList<>(platformFirst);
            platform.addAll(dev.mayfly.image.PlatformClassPath.ofRunningJvm());
            BuildResult result = new ImageBuilder(ImageBuilder.defaultCacheRoot(), platform).build(
                    new BuildRequest(jars, mainClass, WORK.resolve(name + ".img")), BuildListener.SILENT);
            BUILT.put(name, result);
            System.err.println("built " + result.image() + " (" + result.sizeBytes() + " bytes) " + result.stages());
            return result.image();
        } catch (BuildException | IOException e) {
            throw new IllegalStateException("building the test image " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** A jar of some probe classes (and their nested classes) from this module's output. */
    static Path probeJar(String name, String... simpleNames) {
        Path jar = WORK.resolve(name + ".jar");
        try {
            Files.createDirectories(WORK);
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out)) {
                Path dir = CLASSES.resolve(PROBE_PACKAGE);
                for (String simple : simpleNames) {
                    try (var files = Files.list(dir)) {
                        for (Path f : files.filter(p -> p.getFileName().toString().equals(simple + ".class")
                                || p.getFileName().toString().startsWith(simple + "$")).toList()) {
                            jos.putNextEntry(new JarEntry(PROBE_PACKAGE + f.getFileName()));
                            jos.write(Files.readAllBytes(f));
                            jos.closeEntry();
                        }
                    }
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
