package dev.mayfly.image.verify;

import dev.mayfly.image.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The verifier of application code: the jars are jars, the main class exists and has
 * {@code public static void main(String[])}, and no application class uses the raw-memory API
 * ({@code org.teavm.*}) or the kernel's internals ({@code dev.mayfly.kernel.*},
 * {@code dev.mayfly.jdk.*}), nor defines classes in {@code java.*} or those packages. This is what keeps the kernel safe from the application
 * in one address space (DESIGN.md: the Singularity idea).
 */
public final class AppVerifier {
    /** Package prefixes (internal form) that application code may not refer to. */
    static final List<String> FORBIDDEN_REFERENCES = List.of("org/teavm/", "dev/mayfly/kernel/", "dev/mayfly/jdk/");
    /** Package prefixes in which application code may not define classes. */
    static final List<String> RESERVED_PACKAGES = List.of("java/", "jdk/", "sun/", "org/teavm/", "dev/mayfly/kernel/", "dev/mayfly/jdk/");

    private AppVerifier() {
    }

    /** Checks the application; returns how many classes it has. */
    public static int verify(List<Path> jars, String mainClass) throws BuildException {
        if (jars.isEmpty()) {
            throw new BuildException("no application jar given (--jar app.jar)");
        }
        String mainEntry = mainClass.replace('.', '/') + ".class";
        ClassFileView main = null;
        int classes = 0;
        List<String> problems = new ArrayList<>();
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new BuildException(jar + ": no such file");
            }
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.isDirectory() || !entry.getName().endsWith(".class")
                            || entry.getName().startsWith("META-INF/") || entry.getName().endsWith("module-info.class")) {
                        continue;
                    }
                    byte[] bytes = zip.getInputStream(entry).readAllBytes();
                    ClassFileView view;
                    try {
                        view = ClassFileView.parse(bytes);
                    } catch (InvalidClassFileException e) {
                        throw new BuildException(jar + ": " + entry.getName() + " is not a valid class file: " + e.getMessage());
                    }
                    classes++;
                    checkClass(view, problems);
                    if (main == null && entry.getName().equals(mainEntry)) {
                        main = view;
                    }
                }
            } catch (ZipException e) {
                throw new BuildException(jar + " is not a jar (not a zip archive)");
            } catch (IOException e) {
                throw new BuildException("cannot read " + jar + ": " + e.getMessage(), e);
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException("application code may not use Mayfly's or the compiler's internals:\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(problems.size(), 20))));
        }
        if (main == null) {
            throw new BuildException("main class " + mainClass + " not found in " + jars);
        }
        if (!main.hasMainMethod()) {
            throw new BuildException("main class " + mainClass + " has no public static void main(String[])");
        }
        return classes;
    }

    private static void checkClass(ClassFileView view, List<String> problems) {
        for (String reserved : RESERVED_PACKAGES) {
            if (view.name().startsWith(reserved)) {
                problems.add(view.name().replace('/', '.') + " is defined in the reserved package "
                        + reserved.replace('/', '.') + "*");
                return;
            }
        }
        for (String type : view.referencedTypes()) {
            for (String forbidden : FORBIDDEN_REFERENCES) {
                if (type.startsWith(forbidden) || type.contains("L" + forbidden)) {
                    problems.add(view.name().replace('/', '.') + " refers to " + describe(type));
                    return;
                }
            }
        }
    }

    private static String describe(String type) {
        for (String forbidden : FORBIDDEN_REFERENCES) {
            int at = type.indexOf(forbidden);
            if (at >= 0) {
                int end = type.indexOf(';', at);
                return type.substring(at, end < 0 ? type.length() : end).replace('/', '.');
            }
        }
        return type;
    }
}
