package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.NoSuchElementException;
import java.util.OptionalInt;

/** java.util.OptionalInt's {@code toString} and empty-access messages as the JDK has them. */
@PatchFor("java.util.OptionalInt")
public final class OptionalIntPatch {
    private OptionalIntPatch() {
    }

    @InstanceMethod
    public static String toString(OptionalInt self) {
        return self.isPresent() ? "OptionalInt[" + self.orElse(0) + "]" : "OptionalInt.empty";
    }

    @InstanceMethod
    public static int getAsInt(OptionalInt self) {
        return orElseThrow(self);
    }

    @InstanceMethod
    public static int orElseThrow(OptionalInt self) {
        if (self.isEmpty()) {
            throw new NoSuchElementException("No value present");
        }
        return self.orElse(0);
    }
}
