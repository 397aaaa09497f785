package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/** java.util.OptionalLong's {@code toString} and empty-access messages as the JDK has them. */
@PatchFor("java.util.OptionalLong")
public final class OptionalLongPatch {
    private OptionalLongPatch() {
    }

    @InstanceMethod
    public static String toString(OptionalLong self) {
        return self.isPresent() ? "OptionalLong[" + self.orElse(0) + "]" : "OptionalLong.empty";
    }

    @InstanceMethod
    public static long getAsLong(OptionalLong self) {
        return orElseThrow(self);
    }

    @InstanceMethod
    public static long orElseThrow(OptionalLong self) {
        if (self.isEmpty()) {
            throw new NoSuchElementException("No value present");
        }
        return self.orElse(0);
    }
}
