package dev.mayfly.conformance.programs;

import java.util.List;

/**
 * Exercises String.format with the common integer, string, char and boolean conversions, widths,
 * flags and argument indices, by printing an invoice table.
 */
public class FormatBasics {

    record Line(String sku, String description, int qty, long unitCents) {
    }

    public static void main(String[] args) {
        List<Line> lines = List.of(
                new Line("A-1", "Widget", 4, 1_99),
                new Line("B-22", "Gadget, large", 1, 129_00),
                new Line("C-333", "Extremely long description that overflows", 12, 5),
                new Line("D-4", "Thing", 1_000, 1_234_56));
        System.out.println(String.format("%-6s|%-20s|%5s|%12s", "SKU", "Description", "Qty", "Total"));
        long sum = 0;
        for (Line l : lines) {
            long total = l.qty() * l.unitCents();
            sum += total;
            String desc = l.description().length() > 20 ? l.description().substring(0, 17) + "..." : l.description();
            System.out.println(String.format("%-6s|%-20s|%5d|%,12d", l.sku(), desc, l.qty(), total));
        }
        System.out.println(String.format("%-6s|%20s|%5s|%,12d", "", "sum (cents)", "", sum));
        System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [%+d] [% d] [%(d] [%,d]", 42, 42, 42, 42, 42, -42, 42, -42, -1234567));
        System.out.println(String.format("[%x] [%X] [%08x] [%#x] [%o] [%#o] [%x] [%x]", 255, 255, 48879, 255, 8, 8, -1, -1L));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%S] [%s] [%s]", "abc", "abc", "abc", "abcdef", "shout", null, List.of(1, 2)));
        System.out.println(String.format("[%c] [%c] [%3c] [%C]", 'x', 65, 'y', 'z'));
        System.out.println(String.format("[%b] [%b] [%b] [%B] [%5b]", true, null, "anything", false, false));
        System.out.println(String.format("[%%] [%2$s %1$s] [%1$s again] [%<s]", "first", "second"));
        System.out.println(String.format("%d %d %d %d", (byte) -1, (short) 300, 7L, Long.MIN_VALUE));
        System.out.println(String.format("%x %x %o", (byte) -1, (short) -1, -8));
        System.out.println(String.format("%10.4s|%-8b|%h", "truncate", true, "hi"));
        try {
            String.format("%d", "not a number");
        } catch (java.util.IllegalFormatException e) {
            System.out.println("bad conversion: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            String.format("%s %s", "only one");
        } catch (java.util.IllegalFormatException e) {
            System.out.println("missing argument: " + e.getMessage());
        }
    }
}
