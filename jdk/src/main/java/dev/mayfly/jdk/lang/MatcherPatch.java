package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * java.util.regex.Matcher's StringBuilder and functional methods (JDK 9), on top of the compiler's
 * StringBuffer versions, which keep the append position.
 */
@PatchFor("java.util.regex.Matcher")
public final class MatcherPatch {
    private MatcherPatch() {
    }

    /** {@link Matcher#appendReplacement(StringBuilder, String)}. */
    @InstanceMethod
    public static Matcher appendReplacement(Matcher self, StringBuilder sb, String replacement) {
        StringBuffer buffer = new StringBuffer();
        self.appendReplacement(buffer, replacement);
        sb.append(buffer);
        return self;
    }

    /** {@link Matcher#appendTail(StringBuilder)}. */
    @InstanceMethod
    public static StringBuilder appendTail(Matcher self, StringBuilder sb) {
        StringBuffer buffer = new StringBuffer();
        self.appendTail(buffer);
        return sb.append(buffer);
    }

    /** {@link Matcher#replaceAll(Function)}: each match replaced by the function's result (a replacement string, with $ references). */
    @InstanceMethod
    public static String replaceAll(Matcher self, Function<MatchResult, String> replacer) {
        self.reset();
        StringBuffer sb = new StringBuffer();
        while (self.find()) {
            self.appendReplacement(sb, replacer.apply(self));
        }
        self.appendTail(sb);
        return sb.toString();
    }

    /** {@link Matcher#replaceFirst(Function)}. */
    @InstanceMethod
    public static String replaceFirst(Matcher self, Function<MatchResult, String> replacer) {
        self.reset();
        StringBuffer sb = new StringBuffer();
        if (self.find()) {
            self.appendReplacement(sb, replacer.apply(self));
        }
        self.appendTail(sb);
        return sb.toString();
    }

    /** {@link Matcher#results()}: the remaining matches, each as a {@link MatchResult} snapshot. */
    @InstanceMethod
    public static Stream<MatchResult> results(Matcher self) {
        List<MatchResult> results = new ArrayList<>();
        while (self.find()) {
            results.add(self.toMatchResult());
        }
        return results.stream();
    }
}
