package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.jdk.patch.Prologue;

/** java.util.ArrayList's capacity check with the JDK's message ("Illegal Capacity: -1"); the class library's had none. */
@PatchFor("java.util.ArrayList")
public final class ArrayListPatch {
    private ArrayListPatch() {
    }

    /** Runs before the {@code ArrayList(int)} constructor. */
    @Prologue("<init>")
    public static void checkCapacity(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
    }
}
