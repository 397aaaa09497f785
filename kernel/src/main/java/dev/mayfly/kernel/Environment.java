package dev.mayfly.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application's environment variables ({@code System.getenv}), set once at boot from the
 * {@code env.NAME=VALUE} kernel parameters.
 */
public final class Environment {
    private static Map<String, String> variables = Collections.emptyMap();

    private Environment() {
    }

    /** Installs the environment; called once by the boot code before the application starts. */
    public static void install(Map<String, String> environment) {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** The value of one variable, or null. */
    public static String get(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return variables.get(name);
    }

    /** All variables, unmodifiable. */
    public static Map<String, String> all() {
        return variables;
    }
}
