package dev.mayfly.jdk.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mayfly's Scanner against the host JDK's on the same inputs and calls. */
class ScannerTest {
    private static String outcome(java.util.function.Supplier<Object> s) {
        try {
            return String.valueOf(s.get());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void tokensNumbersAndLinesAsTheJdk() {
        String[] inputs = {"set width 80\nset ratio 0.75\n\nflag verbose true\nadd 2 3 5 8 13\nname Ada Lovelace\nset height tall\n",
            "  leading and trailing  ", "", "one\r\ntwo\rthree\n", "99999999999 -7 +5 1.5e3 NaN x", "a\n\n\nb"};
        for (String in : inputs) {
            java.util.Scanner jdk = new java.util.Scanner(in);
            Scanner ours = new Scanner(in);
            List<String> a = new ArrayList<>();
            List<String> b = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int op = i % 6;
                a.add(outcome(() -> switch (op) {
                    case 0 -> jdk.hasNextInt() + " " + jdk.hasNextLong() + " " + jdk.hasNextDouble() + " " + jdk.hasNext();
                    case 1 -> jdk.nextInt();
                    case 2 -> jdk.next();
                    case 3 -> jdk.nextLine();
                    case 4 -> jdk.nextDouble();
                    default -> jdk.hasNextLine() + " " + jdk.nextLong();
                }));
                b.add(outcome(() -> switch (op) {
                    case 0 -> ours.hasNextInt() + " " + ours.hasNextLong() + " " + ours.hasNextDouble() + " " + ours.hasNext();
                    case 1 -> ours.nextInt();
                    case 2 -> ours.next();
                    case 3 -> ours.nextLine();
                    case 4 -> ours.nextDouble();
                    default -> ours.hasNextLine() + " " + ours.nextLong();
                }));
            }
            assertEquals(a, b, in);
        }
        java.util.Scanner jdk = new java.util.Scanner("a, b,c ,,d").useDelimiter("\\s*,\\s*");
        Scanner ours = new Scanner("a, b,c ,,d").useDelimiter("\\s*,\\s*");
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        while (jdk.hasNext()) {
            x.append('[').append(jdk.next()).append(']');
        }
        while (ours.hasNext()) {
            y.append('[').append(ours.next()).append(']');
        }
        assertEquals(x.toString(), y.toString());
    }
}
