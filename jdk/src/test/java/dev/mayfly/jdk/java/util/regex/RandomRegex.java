package dev.mayfly.jdk.java.util.regex;

import java.util.Random;

/**
 * Random regular expressions from a grammar that stresses backtracking order: nested and counted
 * quantifiers (greedy, lazy, possessive), alternation, capturing, named, atomic and lookaround
 * groups, back references, anchors and classes, over the letters a, b, c; and random inputs over
 * a small alphabet. Also random strings of pattern metacharacters, which are mostly malformed.
 */
final class RandomRegex {
    private final Random random;
    private int groups;

    RandomRegex(long seed) {
        long z = seed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        this.random = new Random(z ^ (z >>> 31));
    }

    /** A well-formed pattern (or, rarely, one the JDK rejects, such as an unbounded lookbehind). */
    String pattern() {
        groups = 0;
        return alternation(3);
    }

    /** A string of metacharacters and letters: mostly malformed patterns. */
    String noise() {
        String alphabet = "ab()[]{}*+?|\\^$.-&,0123dkpQEx<>=!:#iu ";
        int n = random.nextInt(8) + 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** An input over a, b, c, a digit, a space and line terminators. */
    String input() {
        String alphabet = random.nextInt(4) == 0 ? "abcAB1 \n\r_\u00e9\u00c9\u0301" : "abc";
        int n = random.nextInt(random.nextInt(8) == 0 ? 30 : 9);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    int flags() {
        int[] choices = {0, 0, 0, 0, Pattern.CASE_INSENSITIVE, Pattern.MULTILINE, Pattern.DOTALL, Pattern.COMMENTS,
            Pattern.UNIX_LINES, Pattern.LITERAL, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE,
            Pattern.MULTILINE | Pattern.DOTALL, Pattern.UNICODE_CHARACTER_CLASS};
        return choices[random.nextInt(choices.length)];
    }

    private String alternation(int depth) {
        StringBuilder sb = new StringBuilder(sequence(depth));
        while (random.nextInt(4) == 0) {
            sb.append('|').append(sequence(depth));
        }
        return sb.toString();
    }

    private String sequence(int depth) {
        int n = random.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(quantified(depth));
        }
        return sb.toString();
    }

    private String quantified(int depth) {
        String atom = atom(depth);
        if (random.nextInt(2) == 0 || atom.isEmpty() || isAnchor(atom)) {
            return atom;
        }
        String q = switch (random.nextInt(7)) {
            case 0 -> "*";
            case 1 -> "+";
            case 2 -> "?";
            case 3 -> "{" + random.nextInt(3) + "}";
            case 4 -> "{" + random.nextInt(3) + ",}";
            default -> {
                int lo = random.nextInt(3);
                yield "{" + lo + "," + (lo + random.nextInt(3)) + "}";
            }
        };
        return switch (random.nextInt(5)) {
            case 0 -> atom + q + "?";
            case 1 -> atom + q + "+";
            default -> atom + q;
        };
    }

    private static boolean isAnchor(String atom) {
        return atom.equals("^") || atom.equals("$") || atom.startsWith("\\b") || atom.startsWith("\\B")
                || atom.equals("\\A") || atom.equals("\\z") || atom.equals("\\Z") || atom.equals("\\G");
    }

    private String atom(int depth) {
        int choice = random.nextInt(depth > 0 ? 12 : 7);
        switch (choice) {
            case 0, 1:
                return String.valueOf("abc".charAt(random.nextInt(3)));
            case 2: {
                String[] odd = {"A", "B", " ", "\\n", "(?i)", "(?-i)", "(?x) ", " # c\n", "(?m)", "(?s)", "(?d)", "\\r\\n",
                    "\\Q(\\E", "\\x{62}", "[\\x{61}-\\x{62}]", "\\p{L}", "\\p{IsAlphabetic}", "\\p{javaLowerCase}",
                    "\\cA", "\\e", "[a&&b]", "[[a]&&[ab]]", "\\X", "_", "1"};
                return odd[random.nextInt(odd.length)];
            }
            case 3:
                return klass();
            case 4: {
                String[] escapes = {".", "\\w", "\\d", "\\s", "\\W", "\\S", "\\R", "\\h", "\\v", "\\p{Lower}", "\\P{Alpha}",
                    "\\x61", "\\u0062", "\\0143", "\\t", "\\n", "\\Qa.\\E"};
                return escapes[random.nextInt(escapes.length)];
            }
            case 5: {
                String[] anchors = {"^", "$", "\\b", "\\B", "\\A", "\\z", "\\Z", "\\G"};
                return anchors[random.nextInt(anchors.length)];
            }
            case 6:
                if (groups > 0) {
                    return "\\" + (random.nextInt(groups) + 1);
                }
                return "a";
            default: {
                String body = alternation(depth - 1);
                switch (random.nextInt(10)) {
                    case 0:
                        return "(?:" + body + ")";
                    case 1:
                        return "(?>" + body + ")";
                    case 2:
                        return "(?=" + body + ")";
                    case 3:
                        return "(?!" + body + ")";
                    case 4:
                        return "(?<=" + fixedBody() + ")";
                    case 5:
                        return "(?<!" + fixedBody() + ")";
                    case 6:
                        return random.nextBoolean() ? "(?i:" + body + ")" : "(?-i:" + body + ")";
                    case 7: {
                        groups++;
                        return "(?<g" + groups + ">" + body + ")";
                    }
                    default: {
                        groups++;
                        return "(" + body + ")";
                    }
                }
            }
        }
    }

    private String fixedBody() {
        String[] bodies = {"a", "ab", "a|bc", "[ab]", "a{1,2}", "\\w", "b?", "a|", "(?:ab|c)"};
        return bodies[random.nextInt(bodies.length)];
    }

    private String klass() {
        String[] classes = {"[ab]", "[^a]", "[a-c]", "[a-c&&[^b]]", "[\\w&&[^c]]", "[ab[c]]", "[^\\s]", "[a\\d]",
            "[.]", "[-a]", "[a-]", "[]a]", "[\\Qab\\E]", "[^ab&&b]", "[A-Z]"};
        return classes[random.nextInt(classes.length)];
    }
}
