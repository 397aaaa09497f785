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
import dev.mayfly.conformance.ExpectedFailures;
import dev.mayfly.conformance.tools.StubExcludedPrograms;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
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
    /** Builds that failed, so that every test of a failing image reports the failure without rebuilding. */
    private static final Map<String, IllegalStateException> FAILED = new HashMap<>();

    private TestImages() {
    }

    static Path hello() {
        return build("hello", List.of(ROOT.resolve("examples/hello/target/hello.jar")), "dev.mayfly.examples.hello.Hello");
    }

    static Path exitProbe() {
        return build("exit-probe", List.of(probeJar("exit-probe", "ExitProbe")), "dev.mayfly.it.probe.ExitProbe");
    }

    /**
     * The conformance suite as one image: the conformance classes, with each program that
     * expected-failures.txt marks {@code [build]} replaced by a stand-in that throws (the real one
     * uses class-library methods the image cannot have). Host-only helpers stay out.
     */
    static Path conformance() {
        return build("conformance", List.of(conformanceJar()), "dev.mayfly.conformance.Suite");
    }

    static final Path CONFORMANCE_CLASSES = ROOT.resolve("conformance/target/classes");
    static final Path EXPECTED_FAILURES = ROOT.resolve("conformance/expected-failures.txt");

    private static Path conformanceJar() {
        Path jar = WORK.resolve("conformance.jar");
        Path stubs = WORK.resolve("conformance-stubs");
        try {
            Files.createDirectories(WORK);
            StubExcludedPrograms.write(EXPECTED_FAILURES, stubs);
            Set<String> stubbed = new HashSet<>();
            for (ExpectedFailures.Failure f : ExpectedFailures.read(EXPECTED_FAILURES)) {
                if (f.buildExcluded()) {
                    stubbed.add(f.program());
                }
            }
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out)) {
                String programs = "dev/mayfly/conformance/programs/";
                addClasses(jos, CONFORMANCE_CLASSES,
                        path -> !hostOnly(path) && !stubbed.contains(topLevelClass(path, programs)));
                // Only this run's stubs: the directory may hold stale ones from an earlier list.
                addClasses(jos, stubs, path -> stubbed.contains(topLevelClass(path, programs)));
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hostOnly(String path) {
        return path.startsWith("dev/mayfly/conformance/tools/") || path.startsWith("dev/mayfly/conformance/compare/")
                || path.equals("dev/mayfly/conformance/ExpectedFailures.class")
                || path.startsWith("dev/mayfly/conformance/ExpectedFailures$");
    }

    /** The top-level class a class file of {@code pkg} belongs to ({@code A$1.class} -> {@code A}), else "". */
    private static String topLevelClass(String path, String pkg) {
        if (!path.startsWith(pkg) || path.indexOf('/', pkg.length()) >= 0) {
            return "";
        }
        String name = path.substring(pkg.length());
        int cut = name.indexOf('$');
        return cut >= 0 ? name.substring(0, cut) : name.substring(0, name.length() - ".class".length());
    }

    private static void addClasses(JarOutputStream jos, Path root, Predicate<String> keep) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String path = root.relativize(f).toString().replace('\\', '/');
                if (keep.test(path)) {
                    jos.putNextEntry(new JarEntry(path));
                    jos.write(Files.readAllBytes(f));
                    jos.closeEntry();
                }
            }
        }
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
        IllegalStateException failed = FAILED.get(name);
        if (failed != null) {
            throw failed;
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
            IllegalStateException failure =
                    new IllegalStateException("building the test image " + name + " failed: " + e.getMessage(), e);
            FAILED.put(name, failure);
            throw failure;
        }
    }

    /** A jar of some probe classes (and their nested classes) from this module's output. */
    static Path probeJar(String name, String... simpleNames) {
        Path jar = WORK.resolve(name + ".jar");
        try {
            Files.createDirectories(WORK);
            Set<String> probes = Set.of(simpleNames);
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out)) {
                addClasses(jos, CLASSES, path -> probes.contains(topLevelClass(path, PROBE_PACKAGE)));
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
