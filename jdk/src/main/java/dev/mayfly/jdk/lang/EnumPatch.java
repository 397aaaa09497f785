package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;

/**
 * java.lang.Enum as HotSpot has it: {@code compareTo} is the difference of the ordinals (the
 * compiler's class library answers -1, 0 or 1), and {@code valueOf} of an unknown name says
 * "No enum constant E.NAME" with E's canonical name.
 */
@PatchFor("java.lang.Enum")
public final class EnumPatch {
    private EnumPatch() {
    }

    /** {@link Enum#compareTo}. */
    @InstanceMethod
    public static int compareTo(Enum<?> self, Enum<?> other) {
        if (self.getDeclaringClass() != other.getDeclaringClass()) {
            throw new ClassCastException();
        }
        return self.ordinal() - other.ordinal();
    }

    /** {@link Enum#valueOf(Class, String)}. */
    public static Enum<?> valueOf(Class<?> enumClass, String name) {
        Object[] constants = enumClass.getEnumConstants();
        if (constants == null) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
        }
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        for (Object constant : constants) {
            Enum<?> e = (Enum<?>) constant;
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("No enum constant " + enumClass.getName().replace('$', '.') + "." + name);
    }
}
