package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;

/** java.util.OptionalDouble's {@code toString} and empty-access messages as the JDK has them. */
@PatchFor("java.util.OptionalDouble")
public final class OptionalDoublePatch {
    private OptionalDoublePatch() {
    }

    @InstanceMethod
    public static String toString(OptionalDouble self) {
        return self.isPresent() ? "OptionalDouble[" + self.orElse(0) + "]" : "OptionalDouble.empty";
    }

    @InstanceMethod
    public static double getAsDouble(OptionalDouble self) {
        return orElseThrow(self);
    }

    @InstanceMethod
    public static double orElseThrow(OptionalDouble self) {
        if (self.isEmpty()) {
            throw new NoSuchElementException("No value present");
        }
        return self.orElse(0);
    }
}
