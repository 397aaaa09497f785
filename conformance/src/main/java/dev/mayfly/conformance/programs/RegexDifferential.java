package dev.mayfly.conformance.programs;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 2,000 seeded random regular expressions (nested and counted quantifiers, alternation, groups of
 * every kind, back references, lookaround, anchors, classes, flags; some malformed) against random
 * inputs over a small alphabet: prints each compile outcome or syntax error, matches/lookingAt,
 * every find with its group spans, replaceAll and split.
 */
public class RegexDifferential {
    private final Random random;
    private int groups;

    private RegexDifferential(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) {
        RegexDifferential gen = new RegexDifferential(20241004L);
        int matched = 0;
        int failed = 0;
        for (int i = 0; i < 2000; i++) {
            String regex = i % 8 == 7 ? gen.noise() : gen.pattern();
            int flags = gen.flags();
            String input = gen.input();
            String result = describe(regex, flags, input);
            if (result.startsWith("error")) {
                failed++;
            } else if (result.contains("find: [")) {
                matched++;
            }
            System.out.println(i + " /" + escape(regex) + "/" + flags + " on \"" + escape(input) + "\": " + result);
        }
        System.out.println("cases with a match: " + matched + ", syntax errors: " + failed);
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String describe(String regex, int flags, String input) {
        Pattern p;
        try {
            p = Pattern.compile(regex, flags);
        } catch (IllegalArgumentException e) {
            return "error " + e.getClass().getSimpleName() + ": " + escape(e.getMessage());
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = p.matcher(input);
        sb.append("matches=").append(m.matches());
        if (m.matches()) {
            spans(sb, m);
        }
        sb.append(" lookingAt=").append(m.lookingAt());
        m.reset();
        sb.append(" find:");
        int guard = 0;
        while (m.find() && guard++ < 40) {
            spans(sb, m);
        }
        String replacement = m.groupCount() > 0 ? "<$1|$0>" : "<$0>";
        sb.append(" replaceAll=").append(escape(m.replaceAll(replacement)));
        sb.append(" split=").append(escape(Arrays.toString(p.split(input))));
        sb.append(" split-1=").append(escape(Arrays.toString(p.split(input, -1))));
        return sb.toString();
    }

    private static void spans(StringBuilder sb, Matcher m) {
        sb.append(" [");
        for (int g = 0; g <= m.groupCount(); g++) {
            sb.append(g == 0 ? "" : " ").append(m.start(g)).append(',').append(m.end(g));
        }
        sb.append(']');
    }

    private String pattern() {
        groups = 0;
        return alternation(3);
    }

    private String noise() {
        String alphabet = "ab()[]{}*+?|\\^$.-&,0123dkpQEx<>=!:";
        int n = random.nextInt(7) + 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private String input() {
        String alphabet = random.nextInt(4) == 0 ? "abcA1 \n_" : "abc";
        int n = random.nextInt(9);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private int flags() {
        int[] choices = {0, 0, 0, 0, Pattern.CASE_INSENSITIVE, Pattern.MULTILINE, Pattern.DOTALL, Pattern.COMMENTS,
            Pattern.LITERAL, Pattern.MULTILINE | Pattern.DOTALL};
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
        if (random.nextInt(2) == 0 || atom.isEmpty() || "^$".contains(atom) || atom.startsWith("\\b") || atom.startsWith("\\B")) {
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

    private String atom(int depth) {
        switch (random.nextInt(depth > 0 ? 12 : 7)) {
            case 0, 1, 2:
                return String.valueOf("abc".charAt(random.nextInt(3)));
            case 3: {
                String[] classes = {"[ab]", "[^a]", "[a-c]", "[a-c&&[^b]]", "[\\w&&[^c]]", "[ab[c]]", "[^\\s]", "[a\\d]", "[-a]"};
                return classes[random.nextInt(classes.length)];
            }
            case 4: {
                String[] escapes = {".", "\\w", "\\d", "\\s", "\\W", "\\R", "\\h", "\\p{Lower}", "\\P{Alpha}", "\\x61", "\\Qa.\\E"};
                return escapes[random.nextInt(escapes.length)];
            }
            case 5: {
                String[] anchors = {"^", "$", "\\b", "\\B", "\\A", "\\z", "\\Z"};
                return anchors[random.nextInt(anchors.length)];
            }
            case 6:
                return groups > 0 ? "\\" + (random.nextInt(groups) + 1) : "a";
            default: {
                String body = alternation(depth - 1);
                switch (random.nextInt(9)) {
                    case 0:
                        return "(?:" + body + ")";
                    case 1:
                        return "(?>" + body + ")";
                    case 2:
                        return "(?=" + body + ")";
                    case 3:
                        return "(?!" + body + ")";
                    case 4:
                        return "(?<=" + (random.nextBoolean() ? "a|bc" : "[ab]{1,2}") + ")";
                    case 5:
                        return "(?i:" + body + ")";
                    case 6:
                        groups++;
                        return "(?<g" + groups + ">" + body + ")";
                    default:
                        groups++;
                        return "(" + body + ")";
                }
            }
        }
    }
}
