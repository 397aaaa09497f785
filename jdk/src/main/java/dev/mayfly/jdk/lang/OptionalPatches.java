package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.NoSuchElementException;
import java.util.Optional;

/** java.util.Optional's {@code toString} and empty-access messages as the JDK has them ("Optional[x]", "No value present"). */
@PatchFor("java.util.Optional")
public final class OptionalPatches {
    private OptionalPatches() {
    }

    @InstanceMethod
    public static String toString(Optional<?> self) {
        return self.isPresent() ? "Optional[" + self.orElse(null) + "]" : "Optional.empty";
    }

    @InstanceMethod
    public static Object get(Optional<?> self) {
        return orElseThrow(self);
    }

    @InstanceMethod
    public static Object orElseThrow(Optional<?> self) {
        if (self.isEmpty()) {
            throw new NoSuchElementException("No value present");
        }
        return self.orElse(null);
    }
}
