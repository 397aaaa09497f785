package dev.mayfly.jdk.java.util.regex;

import java.util.Random;

/**
 * A random sequence of Matcher operations (find, find(int), matches, lookingAt, region, bounds,
 * usePattern, reset, group/start/end by number and name, hitEnd, toMatchResult, appendReplacement,
 * results, toString), played on the JDK's Matcher and on Mayfly's, each writing what it saw
 * (results, or exception class and message) to the same kind of transcript.
 */
final class MatcherOperations {
    private MatcherOperations() {
    }

    private static final String[] PATTERNS = {"(a)|b", "(?<x>a+)(b)?", "\\b\\w", "a*", "(a|b)*c", "x?", "^a|b$",
        "(?<=a)b", "a(?=b)", "\\Ga", "(?m)^.", "c|$"};

    static String jdk(long seed, String input) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(PATTERNS[random.nextInt(PATTERNS.length)]).matcher(input);
        StringBuilder appended = new StringBuilder();
        for (int step = 0; step < 12; step++) {
            int op = random.nextInt(17);
            int a = random.nextInt(input.length() + 2) - 1;
            int b = random.nextInt(input.length() + 2) - 1;
            int g = random.nextInt(4) - 1;
            try {
                switch (op) {
                    case 0, 1, 2 -> sb.append("find=").append(m.find());
                    case 3 -> sb.append("find(").append(a).append(")=").append(m.find(a));
                    case 4 -> sb.append("matches=").append(m.matches());
                    case 5 -> sb.append("lookingAt=").append(m.lookingAt());
                    case 6 -> sb.append("region=").append(m.region(Math.min(a, b), Math.max(a, b)).regionStart());
                    case 7 -> sb.append("bounds=").append(m.useTransparentBounds(a % 2 == 0).useAnchoringBounds(b % 2 == 0)
                            .hasTransparentBounds());
                    case 8 -> sb.append("usePattern=").append(m.usePattern(java.util.regex.Pattern.compile(
                            PATTERNS[random.nextInt(PATTERNS.length)])).groupCount());
                    case 9 -> sb.append("reset=").append(m.reset().regionEnd());
                    case 10 -> sb.append("group(").append(g).append(")=").append(m.group(g)).append(' ')
                            .append(m.start(g)).append(',').append(m.end(g));
                    case 11 -> sb.append("named=").append(m.group("x")).append(' ').append(m.start("x"));
                    case 12 -> sb.append("hitEnd=").append(m.hitEnd()).append(m.requireEnd());
                    case 13 -> {
                        java.util.regex.MatchResult r = m.toMatchResult();
                        sb.append("result=").append(r.groupCount()).append(' ').append(r.start()).append(' ').append(r.group());
                    }
                    case 14 -> sb.append("append=").append(m.appendReplacement(appended, "[$0]").appendTail(new StringBuilder(appended)));
                    case 15 -> sb.append("results=").append(m.results().map(java.util.regex.MatchResult::group).toList());
                    default -> sb.append("toString=").append(m);
                }
            } catch (RuntimeException e) {
                sb.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String mayfly(long seed, String input) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile(PATTERNS[random.nextInt(PATTERNS.length)]).matcher(input);
        StringBuilder appended = new StringBuilder();
        for (int step = 0; step < 12; step++) {
            int op = random.nextInt(17);
            int a = random.nextInt(input.length() + 2) - 1;
            int b = random.nextInt(input.length() + 2) - 1;
            int g = random.nextInt(4) - 1;
            try {
                switch (op) {
                    case 0, 1, 2 -> sb.append("find=").append(m.find());
                    case 3 -> sb.append("find(").append(a).append(")=").append(m.find(a));
                    case 4 -> sb.append("matches=").append(m.matches());
                    case 5 -> sb.append("lookingAt=").append(m.lookingAt());
                    case 6 -> sb.append("region=").append(m.region(Math.min(a, b), Math.max(a, b)).regionStart());
                    case 7 -> sb.append("bounds=").append(m.useTransparentBounds(a % 2 == 0).useAnchoringBounds(b % 2 == 0)
                            .hasTransparentBounds());
                    case 8 -> sb.append("usePattern=").append(m.usePattern(Pattern.compile(
                            PATTERNS[random.nextInt(PATTERNS.length)])).groupCount());
                    case 9 -> sb.append("reset=").append(m.reset().regionEnd());
                    case 10 -> sb.append("group(").append(g).append(")=").append(m.group(g)).append(' ')
                            .append(m.start(g)).append(',').append(m.end(g));
                    case 11 -> sb.append("named=").append(m.group("x")).append(' ').append(m.start("x"));
                    case 12 -> sb.append("hitEnd=").append(m.hitEnd()).append(m.requireEnd());
                    case 13 -> {
                        MatchResult r = m.toMatchResult();
                        sb.append("result=").append(r.groupCount()).append(' ').append(r.start()).append(' ').append(r.group());
                    }
                    case 14 -> sb.append("append=").append(m.appendReplacement(appended, "[$0]").appendTail(new StringBuilder(appended)));
                    case 15 -> sb.append("results=").append(m.results().map(MatchResult::group).toList());
                    default -> sb.append("toString=").append(m.toString().replace("dev.mayfly.jdk.java.util.regex.", "java.util.regex."));
                }
            } catch (RuntimeException e) {
                sb.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
