package dev.mayfly.conformance.programs;

import java.util.Arrays;
import java.util.List;

/**
 * Exercises the core String API (substring, indexOf, split with limits and regexes, replace,
 * join, compareTo, case mapping, trim, contains, regionMatches, chars) by normalising a list of
 * messy customer records.
 */
public class StringOperations {

    public static void main(String[] args) {
        List<String> raw = List.of(
                "  Smith, John ;  john.smith@EXAMPLE.com ; +44 20 7946 0958 ",
                "o'neil,  mary;MARY@example.org;",
                "van der Berg , Anna ; anna@example.nl ; 0031-20-555",
                ";;",
                "Lee,Kim;kim@example.kr;010 1234 5678;extra;fields");
        for (String line : raw) {
            String[] f = line.split(";");
            System.out.println(f.length + " fields: " + Arrays.toString(f));
            if (f.length < 2) {
                System.out.println("  skipped");
                continue;
            }
            String[] name = f[0].split(",");
            String last = name[0].trim();
            String first = name.length > 1 ? name[1].trim() : "";
            String email = f[1].trim().toLowerCase();
            String phone = f.length > 2 ? f[2].replaceAll("[^0-9+]", "") : "-";
            String user = email.substring(0, email.indexOf('@'));
            String domain = email.substring(email.lastIndexOf('@') + 1);
            String display = Character.toUpperCase(first.isEmpty() ? '?' : first.charAt(0)) + ". "
                    + last.substring(0, 1).toUpperCase() + last.substring(1);
            System.out.println("  " + display + " <" + user + " at " + domain + "> " + phone
                    + " tld=" + domain.substring(domain.lastIndexOf('.') + 1)
                    + " dotted=" + email.contains(".") + " starts=" + email.startsWith("john") + " ends=" + email.endsWith(".org"));
        }
        String s = "the rain in spain stays mainly in the plain";
        System.out.println(s.indexOf("ain") + " " + s.indexOf("ain", 6) + " " + s.lastIndexOf("ain") + " "
                + s.lastIndexOf("ain", 30) + " " + s.indexOf('x') + " " + s.indexOf("") + " " + s.lastIndexOf(""));
        System.out.println(Arrays.toString(s.split(" ", 3)) + " " + Arrays.toString(s.split("ain", -1)));
        System.out.println(Arrays.toString("a,b,,c,,".split(",")) + " " + Arrays.toString("a,b,,c,,".split(",", -1))
                + " " + Arrays.toString("".split(",")) + " " + Arrays.toString(" x  y ".split("\\s+")));
        System.out.println(s.replace("ain", "AIN") + " | " + s.replace('a', '4') + " | " + s.replaceFirst("in\\b", "IN"));
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join("/", List.of("usr", "lib", "jvm")));
        String[] words = {"banana", "Apple", "cherry", "apple", "Banana", "b", ""};
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(words));
        System.out.println("apple".compareTo("apricot") + " " + "b".compareTo("abc") + " " + "abc".compareTo("ab")
                + " " + "A".compareToIgnoreCase("a") + " " + "Hello".compareTo("hello"));
        System.out.println("[" + "\t trimmed \n".trim() + "] " + "MiXeD 123".toLowerCase() + " " + "MiXeD 123".toUpperCase());
        System.out.println("Hello World".regionMatches(6, "world", 0, 5) + " " + "Hello World".regionMatches(true, 6, "world", 0, 5));
        System.out.println("mississippi".chars().filter(c -> c == 's').count() + " " + "abc".concat("def")
                + " " + "x".isEmpty() + " " + "".isEmpty() + " " + String.valueOf(new char[] {'o', 'k'})
                + " " + String.valueOf(3.0f) + " " + String.valueOf((Object) null) + " " + "abcdef".subSequence(2, 4));
        System.out.println(new String(new char[] {'c', 'h', 'a', 'r', 's'}, 1, 3) + " " + Arrays.toString("hey".toCharArray())
                + " " + "a-b-c".lastIndexOf('-') + " " + "tattarrattat".equals(new StringBuilder("tattarrattat").reverse().toString()));
        System.out.println("%d items".replace("%d", "5") + " " + "x".compareTo("x") + " " + "Zebra".charAt(4) + " " + "ab".matches("[a-z]+"));
    }
}
