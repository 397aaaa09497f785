package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;

/**
 * java.lang.Class's {@code getSimpleName()} as the JDK defines it (JLS §6.7, §13.1): for a member
 * class the name after its enclosing class's binary name and the {@code $}, for a local class that
 * name without the compiler's leading digits, the empty string for an anonymous class, the
 * component's simple name and {@code []} for an array. The compiler's class library answered the
 * empty string for every nested class whose simple name the image keeps no record of.
 */
@PatchFor("java.lang.Class")
public final class ClassNamePatch {
    private ClassNamePatch() {
    }

    @InstanceMethod
    public static String getSimpleName(Class<?> self) {
        if (self.isArray()) {
            return self.getComponentType().getSimpleName() + "[]";
        }
        String name = self.getName();
        Class<?> enclosing = self.getEnclosingClass();
        if (enclosing != null && name.startsWith(enclosing.getName() + "$")) {
            return withoutLeadingDigits(name.substring(enclosing.getName().length() + 1));
        }
        int dollar = name.lastIndexOf('$');
        if (dollar >= 0) {
            return withoutLeadingDigits(name.substring(dollar + 1));
        }
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** A local class's binary name part is digits then its name; an anonymous class's, digits only. */
    private static String withoutLeadingDigits(String part) {
        int i = 0;
        while (i < part.length() && part.charAt(i) >= '0' && part.charAt(i) <= '9') {
            i++;
        }
        return part.substring(i);
    }
}
