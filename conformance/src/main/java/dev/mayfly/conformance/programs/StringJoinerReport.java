package dev.mayfly.conformance.programs;

import java.util.List;
import java.util.StringJoiner;

/**
 * Probes java.util.StringJoiner (delimiter, prefix and suffix, empty value, merge, length) by
 * rendering a SQL insert statement and a CSV header.
 */
public class StringJoinerReport {

    public static void main(String[] args) {
        List<String> columns = List.of("id", "name", "email", "created");
        StringJoiner cols = new StringJoiner(", ", "(", ")");
        StringJoiner marks = new StringJoiner(", ", "VALUES (", ");");
        for (String c : columns) {
            cols.add(c);
            marks.add("?");
        }
        System.out.println("INSERT INTO users " + cols + " " + marks);
        StringJoiner empty = new StringJoiner(",", "[", "]");
        System.out.println("empty " + empty + " length " + empty.length());
        empty.setEmptyValue("EMPTY");
        System.out.println("with empty value " + empty + " length " + empty.length());
        StringJoiner a = new StringJoiner("|", "<", ">").add("x").add("y");
        StringJoiner b = new StringJoiner("-", "{", "}").add("1").add("2");
        System.out.println("merge " + a.merge(b) + " length " + a.length() + " " + String.join(";", columns));
    }
}
