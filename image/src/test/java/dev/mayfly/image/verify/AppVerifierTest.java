package dev.mayfly.image.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.image.BuildException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppVerifierTest {
    @TempDir
    Path dir;

    /** A well-behaved application class. */
    static final class App {
        public static void main(String[] args) {
            System.out.println("hi");
        }
    }

    /** An application class with no main method. */
    static final class NoMain {
        static void run() {
        }
    }

    /** A class that uses the raw-memory API. */
    static final class RawMemory {
        public static void main(String[] args) {
            org.teavm.interop.Address.fromLong(0);
        }
    }

    private Path jarOf(Class<?>... classes) throws IOException {
        Path jar = dir.resolve("app" + classes.length + classes[0].getSimpleName() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out)) {
            for (Class<?> c : classes) {
                jos.putNextEntry(new JarEntry(c.getName().replace('.', '/') + ".class"));
                jos.write(ClassFileViewTest.classBytes(c));
                jos.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void acceptsAnApplicationWithMain() throws Exception {
        assertEquals(1, AppVerifier.verify(List.of(jarOf(App.class)), App.class.getName()));
    }

    @Test
    void rejectsMissingMainClass() throws Exception {
        BuildException e = assertThrows(BuildException.class,
                () -> AppVerifier.verify(List.of(jarOf(App.class)), "com.example.Missing"));
        assertTrue(e.getMessage().contains("main class com.example.Missing not found"), e.getMessage());
    }

    @Test
    void rejectsMainClassWithoutMainMethod() throws Exception {
        BuildException e = assertThrows(BuildException.class,
                () -> AppVerifier.verify(List.of(jarOf(NoMain.class)), NoMain.class.getName()));
        assertTrue(e.getMessage().contains("has no public static void main(String[])"), e.getMessage());
    }

    @Test
    void rejectsRawMemoryUse() throws Exception {
        BuildException e = assertThrows(BuildException.class,
                () -> AppVerifier.verify(List.of(jarOf(App.class, RawMemory.class)), App.class.getName()));
        assertTrue(e.getMessage().contains("refers to org.teavm.interop.Address"), e.getMessage());
    }

    @Test
    void rejectsAFileThatIsNotAJar() throws Exception {
        Path text = Files.writeString(dir.resolve("readme.jar"), "not a zip");
        BuildException e = assertThrows(BuildException.class, () -> AppVerifier.verify(List.of(text), "A"));
        assertTrue(e.getMessage().contains("is not a jar"), e.getMessage());
    }

    @Test
    void rejectsAMissingFile() {
        BuildException e = assertThrows(BuildException.class,
                () -> AppVerifier.verify(List.of(dir.resolve("nowhere.jar")), "A"));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void rejectsNoJarsAtAll() {
        assertThrows(BuildException.class, () -> AppVerifier.verify(List.of(), "A"));
    }
}
