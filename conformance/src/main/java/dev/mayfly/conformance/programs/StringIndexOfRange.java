package dev.mayfly.conformance.programs;

/**
 * Probes String.indexOf(int ch, int beginIndex, int endIndex) and indexOf(String, int, int)
 * (JDK 21) by scanning fixed-width records for delimiters within a field.
 */
public class StringIndexOfRange {

    public static void main(String[] args) {
        String record = "id=17;name=Ada Lovelace;city=London;tags=a,b,c";
        int start = record.indexOf(';') + 1;
        int end = record.indexOf(';', start);
        System.out.println("field " + record.substring(start, end));
        System.out.println("space in field " + record.indexOf(' ', start, end) + " comma in field " + record.indexOf(',', start, end)
                + " comma anywhere " + record.indexOf(',', 0, record.length()));
        System.out.println("edges " + record.indexOf('i', 0, 0) + " " + record.indexOf('i', 10, record.length()) + " " + record.indexOf('7', 4, 5));
        int[][] bad = {{-5, 3}, {10, 500}, {5, 2}};
        for (int[] r : bad) {
            try {
                System.out.println("range " + r[0] + ".." + r[1] + " -> " + record.indexOf('i', r[0], r[1]));
            } catch (StringIndexOutOfBoundsException e) {
                System.out.println("range " + r[0] + ".." + r[1] + " rejected: " + e.getMessage());
            }
        }
        System.out.println("string range " + record.indexOf("on", 0, 20) + " " + record.indexOf("on", 20, record.length()) + " "
                + record.indexOf("Lovelace;", 0, 24));
    }
}
