package dev.mayfly.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The platform half of the closed world: the kernel, Mayfly's class library and the compiler's
 * class library, found on the builder's own class path (jars or directories; a manifest-only
 * launcher jar such as surefire's is expanded).
 */
public final class PlatformClassPath {
    private PlatformClassPath() {
    }

    /** The entries of the running JVM's class path. */
    public static List<Path> ofRunningJvm() {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                add(Path.of(entry).toAbsolutePath(), entries);
            }
        }
        return new ArrayList<>(entries);
    }

    private static void add(Path entry, Set<Path> entries) {
        if (!Files.exists(entry) || !entries.add(entry) || !entry.toString().endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return;
            }
            for (String ref : classPath.trim().split("\\s+")) {
                if (ref.isEmpty()) {
                    continue;
                }
                Path p = ref.startsWith("file:") ? Path.of(java.net.URI.create(ref)) : entry.getParent().resolve(ref);
                add(p.toAbsolutePath().normalize(), entries);
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable jar: TeaVM will ignore it too
        }
    }
}
