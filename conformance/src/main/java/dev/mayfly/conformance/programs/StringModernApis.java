package dev.mayfly.conformance.programs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Probes the String methods added in JDK 11-15 (lines, strip/stripLeading/stripTrailing, isBlank,
 * repeat, indent, stripIndent, translateEscapes, formatted, transform) by cleaning up a
 * configuration file and rendering a boxed banner.
 */
public class StringModernApis {

    public static void main(String[] args) {
        String config = "  # settings\n\u2003name = mayfly\u2003\n\n   \t\nmemory = 64M  \r\nthreads=1\n";
        List<String> lines = config.lines().collect(Collectors.toList());
        System.out.println("lines " + lines.size());
        for (String l : lines) {
            System.out.println("[" + l.strip() + "] blank=" + l.isBlank() + " leading=[" + l.stripLeading() + "] trailing=["
                    + l.stripTrailing() + "] trim=[" + l.trim() + "]");
        }
        long settings = config.lines().map(String::strip).filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        System.out.println("settings " + settings);
        String title = "Mayfly";
        String border = "+" + "-".repeat(title.length() + 2) + "+";
        System.out.println(border + "\n| " + title + " |\n" + border);
        System.out.println("repeat " + "ab".repeat(3) + "|" + "x".repeat(0) + "|" + "".repeat(5) + "|");
        try {
            "x".repeat(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("repeat(-1): " + e.getMessage());
        }
        System.out.print("indent +2\n" + "a\n  b\nc".indent(2));
        System.out.print("indent -1\n" + "   a\n b\nc\n".indent(-1));
        System.out.println("stripIndent [" + "   x\n     y\n   z".stripIndent() + "]");
        System.out.println("translateEscapes " + "tab\\tnewline\\nquote\\\"".translateEscapes().replace("\t", "<TAB>").replace("\n", "<NL>"));
        System.out.println("formatted " + "%s uses %d MB (%.1f%%)".formatted("mayfly", 64, 12.5));
        System.out.println("transform " + "  mixed Case ".transform(String::strip).transform(String::toUpperCase));
        System.out.println("chars " + "h\u00e9llo".codePoints().count() + " " + "x\u2003".strip().length() + " " + "x\u2003".trim().length());
    }
}
