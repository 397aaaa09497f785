package dev.mayfly.kernel.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The syntax of the Mayfly kernel command line, in both directions: the host formats it, the
 * kernel parses it.
 *
 * <pre>
 *   cmdline  = word* [ "--" word* ]
 *   word     = ( plain | '"' quoted '"' )+        separated by spaces
 *   quoted   = any character; '\"' and '\\' stand for '"' and '\'
 * </pre>
 *
 * Before the first lone {@code --} are kernel parameters ({@code key=value} or a bare word); a
 * parameter {@code env.NAME=VALUE} sets the application's environment variable NAME. After it come
 * the application's arguments, verbatim. Linux's own parameters ({@code virtio_mmio.device=...})
 * fit the same syntax.
 */
public final class CommandLine {
    /** The prefix of a parameter that sets an environment variable. */
    public static final String ENV_PREFIX = "env.";
    /** The word that separates kernel parameters from the application's arguments. */
    public static final String ARGUMENTS_SEPARATOR = "--";

    private CommandLine() {
    }

    /** Parses a command line; never throws (an unterminated quote ends at the end of the line). */
    public static KernelParameters parse(String line) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> environment = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        boolean inArguments = false;
        for (Word word : split(line)) {
            if (inArguments) {
                arguments.add(word.text());
            } else if (!word.quoted() && word.text().equals(ARGUMENTS_SEPARATOR)) {
                inArguments = true;
            } else {
                String text = word.text();
                int eq = text.indexOf('=');
                String key = eq < 0 ? text : text.substring(0, eq);
                String value = eq < 0 ? "" : text.substring(eq + 1);
                if (key.startsWith(ENV_PREFIX) && key.length() > ENV_PREFIX.length() && eq >= 0) {
                    environment.put(key.substring(ENV_PREFIX.length()), value);
                } else {
                    parameters.put(key, value);
                }
            }
        }
        return new KernelParameters(parameters, environment, arguments);
    }

    /** Formats parameters, environment and arguments so that {@link #parse} gives them back. */
    public static String format(List<String> parameters, Map<String, String> environment, List<String> arguments) {
        StringBuilder sb = new StringBuilder();
        for (String p : parameters) {
            append(sb, quote(p));
        }
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (e.getKey().isEmpty() || e.getKey().indexOf('=') >= 0) {
                throw new IllegalArgumentException("not an environment variable name: '" + e.getKey() + "'");
            }
            append(sb, quote(ENV_PREFIX + e.getKey() + "=" + e.getValue()));
        }
        if (!arguments.isEmpty()) {
            append(sb, ARGUMENTS_SEPARATOR);
            for (String a : arguments) {
                append(sb, quote(a));
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String word) {
        if (!sb.isEmpty()) {
            sb.append(' ');
        }
        sb.append(word);
    }

    /** A word as it must appear on the command line: quoted when it is empty or needs it. */
    static String quote(String word) {
        boolean plain = !word.isEmpty() && !word.equals(ARGUMENTS_SEPARATOR);
        for (int i = 0; i < word.length() && plain; i++) {
            char c = word.charAt(i);
            plain = c > ' ' && c != '"' && c != '\\';
        }
        if (plain) {
            return word;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    private record Word(String text, boolean quoted) {
    }

    private static List<Word> split(String line) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            StringBuilder sb = new StringBuilder();
            boolean quoted = false;
            while (i < n && line.charAt(i) != ' ') {
                char c = line.charAt(i++);
                if (c != '"') {
                    sb.append(c);
                    continue;
                }
                quoted = true;
                while (i < n && line.charAt(i) != '"') {
                    char q = line.charAt(i++);
                    if (q == '\\' && i < n) {
                        q = line.charAt(i++);
                    }
                    sb.append(q);
                }
                i++;                      /* the closing quote, if any */
            }
            words.add(new Word(sb.toString(), quoted));
        }
        return words;
    }
}
