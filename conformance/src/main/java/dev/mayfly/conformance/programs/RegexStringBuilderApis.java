package dev.mayfly.conformance.programs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Probes the JDK 9 additions to Matcher (the StringBuilder overloads of appendReplacement and
 * appendTail, replaceAll with a function, results) by expanding ${var} placeholders in a template.
 */
public class RegexStringBuilderApis {

    public static void main(String[] args) {
        Matcher m = Pattern.compile("\\$\\{(\\w+)\\}").matcher("Dear ${name}, your order ${order} ships ${when}.");
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = switch (m.group(1)) {
                case "name" -> "Ada";
                case "order" -> "#42";
                default -> "soon";
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        System.out.println(sb);
        System.out.println(Pattern.compile("\\d+").matcher("a1b22c333").replaceAll(r -> String.valueOf(r.group().length())) + " "
                + Pattern.compile("o").matcher("foo boo").results().count());
    }
}
