package dev.mayfly.image.toolchain;

import dev.mayfly.image.BuildException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The kernel's native sources (C, assembly, linker script), shipped as resources of the kernel
 * jar under {@value #ROOT}; unpacked into a directory for gcc, with a digest of their content so
 * compiled objects can be cached.
 */
public final class KernelSources {
    static final String ROOT = "dev/mayfly/kernel/native/";
    private static final String MARKER = ROOT + "boot/kernel.ld";

    private final TreeMap<String, byte[]> files;

    private KernelSources(TreeMap<String, byte[]> files) {
        this.files = files;
    }

    /** Reads the sources from the class path of the builder. */
    public static KernelSources load() throws BuildException {
        URL marker = KernelSources.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new BuildException("the kernel's native sources are not on the class path (" + MARKER + ")");
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        try {
            if (marker.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) marker.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = new JarFile(connection.getJarFileURL().toURI().getPath())) {
                    for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                        if (!entry.isDirectory() && entry.getName().startsWith(ROOT)) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(entry.getName().substring(ROOT.length()), in.readAllBytes());
                            }
                        }
                    }
                }
            } else {
                Path root = Path.of(marker.toURI()).getParent().getParent();
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new BuildException("cannot read the kernel's native sources: " + e.getMessage(), e);
        }
        return new KernelSources(files);
    }

    /** A digest of every file's name and content. */
    public String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (var e : files.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the sources under dir. */
    public void unpack(Path dir) throws IOException {
        for (var e : files.entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".unpack", null);
            Files.write(tmp, e.getValue());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Relative paths of the translation units: every .c and .S file. */
    public List<String> translationUnits() {
        List<String> units = new ArrayList<>();
        for (String name : files.keySet()) {
            if (name.endsWith(".c") || name.endsWith(".S")) {
                units.add(name);
            }
        }
        return units;
    }

    public static String linkerScript() {
        return "boot/kernel.ld";
    }

    public static String includeDir() {
        return "include";
    }
}
