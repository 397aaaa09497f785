package dev.mayfly.kernel.boot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel command line, parsed: kernel parameters, the application's environment and its
 * arguments.
 *
 * @param parameters kernel parameters in order ({@code tsc_khz=...}, {@code mayfly.trace=boot});
 *                   a word without {@code =} maps to the empty string
 * @param environment variables given as {@code env.NAME=VALUE}, in order
 * @param arguments the words after the first lone {@code --}
 */
public record KernelParameters(Map<String, String> parameters, Map<String, String> environment,
                               List<String> arguments) {
    public KernelParameters {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        arguments = List.copyOf(arguments);
    }

    /** Whether {@code mayfly.trace} names the given subject (a comma-separated list). */
    public boolean traces(String subject) {
        String value = parameters.get("mayfly.trace");
        if (value == null) {
            return false;
        }
        for (String s : value.split(",")) {
            if (s.equals(subject)) {
                return true;
            }
        }
        return false;
    }
}
