package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.Iterator;

/**
 * java.util.Iterator's default {@code remove()}: throws {@code UnsupportedOperationException("remove")}
 * as the JDK's does. The compiler's class library declares it abstract, so an iterator that relies on
 * the default had no method there, and calling it ran off the end of the virtual table (an invalid
 * opcode in the kernel).
 */
@PatchFor("java.util.Iterator")
public final class IteratorPatch {
    private IteratorPatch() {
    }

    @InstanceMethod
    public static void remove(Iterator<?> self) {
        throw new UnsupportedOperationException("remove");
    }
}
