package dev.mayfly.conformance.programs;

import java.util.Scanner;

/**
 * Exercises java.util.Scanner on in-memory text: token types (int, long, double, boolean,
 * words), custom delimiters, line reading, hasNext checks and InputMismatchException, parsing a
 * small command script.
 */
public class ScannerParsing {

    public static void main(String[] args) {
        String script = "set width 80\nset ratio 0.75\nflag verbose true\nadd 2 3 5 8 13\nname Ada Lovelace\nset height tall\n";
        try (Scanner lines = new Scanner(script)) {
            while (lines.hasNextLine()) {
                String line = lines.nextLine();
                Scanner tok = new Scanner(line);
                String cmd = tok.next();
                switch (cmd) {
                    case "set" -> {
                        String key = tok.next();
                        if (tok.hasNextInt()) {
                            System.out.println(key + " = int " + tok.nextInt());
                        } else if (tok.hasNextDouble()) {
                            System.out.println(key + " = double " + tok.nextDouble());
                        } else {
                            try {
                                tok.nextInt();
                            } catch (java.util.InputMismatchException e) {
                                System.out.println(key + " rejected: " + tok.next());
                            }
                        }
                    }
                    case "flag" -> System.out.println(tok.next() + " = " + tok.nextBoolean());
                    case "add" -> {
                        long sum = 0;
                        while (tok.hasNextLong()) {
                            sum += tok.nextLong();
                        }
                        System.out.println("sum = " + sum);
                    }
                    default -> System.out.println(cmd + " ->" + tok.nextLine());
                }
            }
        }
        Scanner csv = new Scanner("a, b,c ,,d").useDelimiter("\\s*,\\s*");
        StringBuilder sb = new StringBuilder();
        while (csv.hasNext()) {
            sb.append('[').append(csv.next()).append(']');
        }
        System.out.println("csv " + sb);
    }
}
