package dev.mayfly.image.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ClassFileViewTest {
    static byte[] classBytes(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }

    /** A class with a main method, for the view to find. */
    static final class WithMain {
        public static void main(String[] args) {
            System.out.println(java.util.List.of(args));
        }
    }

    @Test
    void readsNameReferencesAndMainMethod() throws Exception {
        ClassFileView view = ClassFileView.parse(classBytes(WithMain.class));
        assertEquals("dev/mayfly/image/verify/ClassFileViewTest$WithMain", view.name());
        assertTrue(view.hasMainMethod());
        assertTrue(view.referencedTypes().contains("java/util/List"), view.referencedTypes().toString());
    }

    @Test
    void classWithoutMainHasNone() throws Exception {
        assertFalse(ClassFileView.parse(classBytes(ClassFileViewTest.class)).hasMainMethod());
    }

    @Test
    void rejectsBadMagic() {
        assertThrows(InvalidClassFileException.class, () -> ClassFileView.parse(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    }

    @Property
    void anyTruncationIsRejectedNotCrashed(@ForAll @IntRange(min = 0, max = 400) int length) throws Exception {
        byte[] full = classBytes(WithMain.class);
        if (length >= full.length) {
            return;
        }
        assertThrows(InvalidClassFileException.class, () -> ClassFileView.parse(Arrays.copyOf(full, length)));
    }

    @Property
    void anyBytesAreParsedOrRejected(@ForAll byte[] bytes) {
        try {
            ClassFileView.parse(bytes);
        } catch (InvalidClassFileException expected) {
            // rejected cleanly
        }
    }

    @Property
    void corruptedClassFilesAreParsedOrRejected(@ForAll @IntRange(min = 8, max = 2000) int position, @ForAll byte value)
            throws Exception {
        byte[] bytes = classBytes(WithMain.class);
        bytes[position % bytes.length] = value;
        try {
            ClassFileView view = ClassFileView.parse(bytes);
            view.name();
            view.methods();
        } catch (InvalidClassFileException expected) {
            // rejected cleanly
        }
    }
}
