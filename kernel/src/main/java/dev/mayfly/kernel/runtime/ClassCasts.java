package dev.mayfly.kernel.runtime;

/**
 * The failure of a reference cast (JLS §5.5, the {@code checkcast} instruction) with HotSpot's
 * message: {@code "class A cannot be cast to class B (A and B are in unnamed module of loader
 * 'app')"}, or with one clause per class when their modules differ. The image builder writes the
 * type test out in front of every checked cast and calls {@link #failure} on the cold path (inside a
 * try block it calls {@link #check} instead); TeaVM 0.16.0 throws without a message.
 *
 * <p>Which module a class is in follows from its name, as the image has no modules: the
 * {@code java.}, {@code javax.}, {@code jdk.} and {@code sun.} packages and primitive types are
 * java.base's (HotSpot puts a few of them, such as {@code java.sql}, in other modules of the
 * platform loader), everything else is in the unnamed module of the application loader. An array
 * is in its element type's module.
 */
public final class ClassCasts {
    private static final String JAVA_BASE = "module java.base of loader 'bootstrap'";
    private static final String APPLICATION = "unnamed module of loader 'app'";
    private static final String[] JAVA_BASE_PACKAGES = {"java.", "javax.", "jdk.", "sun."};

    private ClassCasts() {
    }

    /** The exception for casting {@code value} (not null) to {@code target}. */
    public static ClassCastException failure(Object value, Class<?> target) {
        return new ClassCastException(message(value.getClass(), target));
    }

    /** Throws {@link #failure} unless {@code value} is null or an instance of {@code target}. */
    public static void check(Object value, Class<?> target) {
        if (value != null && !target.isInstance(value)) {
            throw failure(value, target);
        }
    }

    /** HotSpot's message (SharedRuntime::generate_class_cast_message). */
    static String message(Class<?> from, Class<?> to) {
        String fromName = binaryName(from);
        String toName = binaryName(to);
        String fromModule = module(from);
        String toModule = module(to);
        String where = fromModule.equals(toModule)
                ? fromName + " and " + toName + " are in " + fromModule
                : fromName + " is in " + fromModule + "; " + toName + " is in " + toModule;
        return "class " + fromName + " cannot be cast to class " + toName + " (" + where + ")";
    }

    /** {@code Class.getName()} as the JDK spells it, arrays included ({@code [I}, {@code [Ljava.lang.String;}). */
    static String binaryName(Class<?> type) {
        return type.isArray() ? "[" + descriptor(type.getComponentType()) : type.getName();
    }

    private static String descriptor(Class<?> type) {
        if (type.isArray()) {
            return binaryName(type);
        }
        if (!type.isPrimitive()) {
            return "L" + type.getName() + ";";
        }
        return switch (type.getName()) {
            case "boolean" -> "Z";
            case "byte" -> "B";
            case "char" -> "C";
            case "short" -> "S";
            case "int" -> "I";
            case "long" -> "J";
            case "float" -> "F";
            case "double" -> "D";
            default -> "V";
        };
    }

    private static String module(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (element.isPrimitive()) {
            return JAVA_BASE;
        }
        String name = element.getName();
        for (String prefix : JAVA_BASE_PACKAGES) {
            if (name.startsWith(prefix)) {
                return JAVA_BASE;
            }
        }
        return APPLICATION;
    }
}
