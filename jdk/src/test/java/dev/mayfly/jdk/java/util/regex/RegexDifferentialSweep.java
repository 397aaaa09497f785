package dev.mayfly.jdk.java.util.regex;

/** Runs many random cases and prints each difference (a tool for developing the engine: {@code java ... RegexDifferentialSweep N seed}). */
final class RegexDifferentialSweep {
    private RegexDifferentialSweep() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        int diffs = 0;
        int shown = 0;
        for (int i = 0; i < n; i++) {
            RandomRegex gen = new RandomRegex(seed + i);
            String regex = (i % 5 == 4) ? gen.noise() : gen.pattern();
            int flags = gen.flags();
            String input = gen.input();
            String jdk = RegexTranscript.ofJdk(regex, flags, input);
            String mayfly;
            try {
                mayfly = RegexTranscript.ofMayfly(regex, flags, input);
            } catch (Throwable t) {
                mayfly = "CRASH " + t;
            }
            if (!jdk.equals(mayfly)) {
                diffs++;
                if (shown++ < 15) {
                    System.out.println("=== " + regex.replace("\n", "\\n") + " flags=" + flags + " input=\"" + input.replace("\n", "\\n").replace("\r", "\\r") + "\"");
                    System.out.println("JDK:    " + jdk.replace("\n", "\n        "));
                    System.out.println("MAYFLY: " + mayfly.replace("\n", "\n        "));
                }
            }
        }
        System.out.println(diffs + " differences in " + n + " cases");
    }
}
