package dev.mayfly.jdk.java.util.regex;

import java.util.Arrays;

/**
 * What a pattern does to an input, written down the same way for the JDK's java.util.regex and
 * for Mayfly's: the compile outcome (or exception and message), matches(), lookingAt(), every
 * find() with all group spans, replaceAll, replaceFirst and split results.
 */
final class RegexTranscript {
    private RegexTranscript() {
    }

    static String ofJdk(String regex, int flags, String input) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Pattern p;
        try {
            p = java.util.regex.Pattern.compile(regex, flags);
        } catch (RuntimeException e) {
            return sb.append("compile: ").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage()).toString();
        }
        sb.append("groups=").append(p.matcher("").groupCount()).append(" flags=").append(p.flags()).append('\n');
        try {
            java.util.regex.Matcher m = p.matcher(input);
            sb.append("matches=").append(m.matches());
            if (m.hasMatch()) {
                spans(sb, m);
            }
            sb.append("\nlookingAt=").append(m.lookingAt());
            if (m.hasMatch()) {
                spans(sb, m);
            }
            m.reset();
            sb.append("\nfind:");
            int guard = 0;
            while (m.find() && guard++ < 50) {
                spans(sb, m);
                sb.append(m.hitEnd() ? "E" : "").append(m.requireEnd() ? "R" : "");
            }
            sb.append(m.hitEnd() ? " E" : "").append(m.requireEnd() ? "R" : "");
            if (input.length() > 2) {
                m.region(1, input.length() - 1);
                sb.append("\nregion:");
                while (m.find() && guard++ < 100) {
                    spans(sb, m);
                }
                sb.append(" matches=").append(m.matches());
            }
            String replacement = m.groupCount() > 0 ? "<$1|$0>" : "<$0>";
            sb.append("\nreplaceAll=").append(m.replaceAll(replacement));
            sb.append("\nreplaceFirst=").append(m.replaceFirst(replacement));
            sb.append("\nsplit=").append(Arrays.toString(p.split(input)));
            sb.append("\nsplit2=").append(Arrays.toString(p.split(input, 2)));
            sb.append("\nsplit-1=").append(Arrays.toString(p.split(input, -1)));
            sb.append("\nsplitDelims=").append(Arrays.toString(p.splitWithDelimiters(input, 0)));
        } catch (RuntimeException | StackOverflowError e) {
            sb.append("\nthrew ").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        }
        return sb.toString();
    }

    private static void spans(StringBuilder sb, java.util.regex.Matcher m) {
        sb.append(" [");
        for (int g = 0; g <= m.groupCount(); g++) {
            sb.append(g == 0 ? "" : " ").append(m.start(g)).append(',').append(m.end(g));
        }
        sb.append(']');
    }

    static String ofMayfly(String regex, int flags, String input) {
        StringBuilder sb = new StringBuilder();
        Pattern p;
        try {
            p = Pattern.compile(regex, flags);
        } catch (RuntimeException e) {
            return sb.append("compile: ").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage()).toString();
        }
        sb.append("groups=").append(p.matcher("").groupCount()).append(" flags=").append(p.flags()).append('\n');
        try {
            Matcher m = p.matcher(input);
            sb.append("matches=").append(m.matches());
            if (m.hasMatch()) {
                spans(sb, m);
            }
            sb.append("\nlookingAt=").append(m.lookingAt());
            if (m.hasMatch()) {
                spans(sb, m);
            }
            m.reset();
            sb.append("\nfind:");
            int guard = 0;
            while (m.find() && guard++ < 50) {
                spans(sb, m);
                sb.append(m.hitEnd() ? "E" : "").append(m.requireEnd() ? "R" : "");
            }
            sb.append(m.hitEnd() ? " E" : "").append(m.requireEnd() ? "R" : "");
            if (input.length() > 2) {
                m.region(1, input.length() - 1);
                sb.append("\nregion:");
                while (m.find() && guard++ < 100) {
                    spans(sb, m);
                }
                sb.append(" matches=").append(m.matches());
            }
            String replacement = m.groupCount() > 0 ? "<$1|$0>" : "<$0>";
            sb.append("\nreplaceAll=").append(m.replaceAll(replacement));
            sb.append("\nreplaceFirst=").append(m.replaceFirst(replacement));
            sb.append("\nsplit=").append(Arrays.toString(p.split(input)));
            sb.append("\nsplit2=").append(Arrays.toString(p.split(input, 2)));
            sb.append("\nsplit-1=").append(Arrays.toString(p.split(input, -1)));
            sb.append("\nsplitDelims=").append(Arrays.toString(p.splitWithDelimiters(input, 0)));
        } catch (RuntimeException | StackOverflowError e) {
            sb.append("\nthrew ").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        }
        return sb.toString();
    }

    private static void spans(StringBuilder sb, Matcher m) {
        sb.append(" [");
        for (int g = 0; g <= m.groupCount(); g++) {
            sb.append(g == 0 ? "" : " ").append(m.start(g)).append(',').append(m.end(g));
        }
        sb.append(']');
    }
}
