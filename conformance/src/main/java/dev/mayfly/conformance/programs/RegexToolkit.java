package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Exercises java.util.regex: groups and named groups, find loops, replaceAll with back-references,
 * flags, split, lookahead, greedy vs reluctant quantifiers and syntax errors, by parsing access-log
 * lines.
 */
public class RegexToolkit {

    static final Pattern LOG = Pattern.compile(
            "^(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3}) - (\\w+|-) \\[(?<ts>[^\\]]+)\\] \"(?<method>GET|POST|PUT) (?<path>\\S+) HTTP/1\\.[01]\" (?<status>\\d{3}) (\\d+|-)$");

    public static void main(String[] args) {
        String[] lines = {
            "192.168.0.7 - alice [10/Oct/2024:13:55:36 +0000] \"GET /index.html HTTP/1.1\" 200 2326",
            "10.0.0.1 - - [10/Oct/2024:13:55:37 +0000] \"POST /api/v1/orders?id=42&x=y HTTP/1.0\" 201 -",
            "bad line here",
            "172.16.5.4 - bob [10/Oct/2024:13:56:01 +0000] \"DELETE /x HTTP/1.1\" 403 12",
            "8.8.8.8 - carol [11/Oct/2024:00:00:00 +0000] \"PUT /files/a%20b.txt HTTP/1.1\" 500 0",
        };
        for (String line : lines) {
            Matcher m = LOG.matcher(line);
            if (m.matches()) {
                System.out.println(m.group("ip") + " user=" + m.group(2) + " " + m.group("method") + " " + m.group("path") + " -> "
                        + m.group("status") + " bytes=" + m.group(7) + " groups=" + m.groupCount() + " ts@" + m.start("ts") + "-" + m.end("ts"));
            } else {
                System.out.println("no match: " + line);
            }
        }
        Matcher nums = Pattern.compile("-?\\d+(\\.\\d+)?").matcher("Temps: -3.5, 0, 12.25 and 100 degrees; -7.");
        List<String> found = new ArrayList<>();
        while (nums.find()) {
            found.add(nums.group() + "@" + nums.start());
        }
        System.out.println("numbers " + found);
        System.out.println("swap " + "2024-10-31".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1") + " " + "a.b.c".replaceAll("\\.", "\\$")
                + " " + "John Smith".replaceFirst("(\\w+) (\\w+)", "$2, $1") + " quote " + "x".replaceAll("x", Matcher.quoteReplacement("$1\\")));
        System.out.println("flags " + Pattern.compile("hello", Pattern.CASE_INSENSITIVE).matcher("Say HeLLo!").find() + " "
                + Pattern.matches("(?i)abc", "ABC") + " " + Pattern.compile("^b", Pattern.MULTILINE).matcher("a\nb").find() + " "
                + Pattern.compile("a.b", Pattern.DOTALL).matcher("a\nb").matches());
        System.out.println("split " + List.of("one1two22three333four".split("\\d+")) + " " + List.of(Pattern.compile("\\s*,\\s*").split(" a , b,c ,d "))
                + " limit " + List.of("a:b:c:d".split(":", 2)));
        System.out.println("greedy " + first("<.+>", "<a><b>") + " reluctant " + first("<.+?>", "<a><b>") + " possessive " + first("a*+a", "aaaa")
                + " lookahead " + first("\\w+(?=!)", "wow! nice") + " lookbehind " + first("(?<=\\$)\\d+", "cost $42") + " backref " + first("(\\w)\\1", "abccd"));
        Matcher appender = Pattern.compile("\\{(\\w+)\\}").matcher("Hello {name}, you owe {amount}.");
        StringBuffer sb = new StringBuffer();
        while (appender.find()) {
            appender.appendReplacement(sb, appender.group(1).equals("name") ? "Ada" : "\\$5");
        }
        appender.appendTail(sb);
        System.out.println("template " + sb);
        System.out.println("quote " + Pattern.quote("1+1=2") + " matches " + "1+1=2".matches(Pattern.quote("1+1=2")));
        try {
            Pattern.compile("(unclosed");
        } catch (PatternSyntaxException e) {
            System.out.println("syntax error: " + e.getDescription() + " at index " + e.getIndex());
        }
    }

    static String first(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        return m.find() ? m.group() : "<none>";
    }
}
