package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Probes the order in which operands and arguments are evaluated: left to right, each operand
 * fully before the next (JLS §15.7: §15.7.1 left operand first, §15.7.4 arguments left to right,
 * §15.13/§15.26.1 array reference, then index, then right-hand side; §15.26.2 compound
 * assignment saves the left operand's value first). Every operand below is a call that logs its
 * name, so the log shows the order the compiled code used.
 */
public class ArgumentEvaluationOrder {
    private static final List<String> LOG = new ArrayList<>();
    private static int counter;

    private ArgumentEvaluationOrder() {
    }

    /** Logs {@code name} and returns the next value of a shared counter. */
    private static int next(String name) {
        LOG.add(name);
        return ++counter;
    }

    private static long nextLong(String name) {
        LOG.add(name);
        counter = counter * 31 + 7;
        return counter;
    }

    private static String text(String name) {
        LOG.add(name);
        return name + (++counter);
    }

    private static int[] array(String name, int[] a) {
        LOG.add(name);
        return a;
    }

    private static int pair(int a, int b) {
        return a * 100 + b;
    }

    private static long triple(long a, long b, long c) {
        return a * 10000 + b * 100 + c;
    }

    private static String joined(String a, String b) {
        return a + "|" + b;
    }

    /** A value with a constructor of two arguments and an instance method of two. */
    private record Point(int x, int y) {
        Point shifted(int dx, int dy) {
            return new Point(x + dx, y + dy);
        }
    }

    /** Its instance field is read and written by the probes of compound assignment. */
    private static final class Box {
        int value;
        Box self(String name) {
            LOG.add(name);
            return this;
        }
    }

    private static void report(String what, Object result) {
        System.out.println(what + " = " + result + " order " + String.join(",", LOG));
        LOG.clear();
        counter = 0;
    }

    public static void main(String[] args) {
        report("call args", pair(next("a"), next("b")));
        report("three args", triple(nextLong("a"), next("b"), nextLong("c")));
        report("nested args", pair(pair(next("a"), next("b")), pair(next("c"), next("d"))));
        report("string args", joined(text("a"), text("b")));
        report("subtract", next("a") - next("b"));
        report("divide", (next("a") + 10) / next("b"));
        report("long mix", nextLong("a") * 3 - nextLong("b"));
        report("compare", next("a") < next("b"));
        report("shift", next("a") << next("b"));
        report("constructor", new Point(next("x"), next("y")));
        report("receiver then args", new Point(next("x"), next("y")).shifted(next("dx"), next("dy")));

        int[] data = new int[8];
        array("array", data)[next("index")] = next("value");
        report("array store", java.util.Arrays.toString(data));
        data = new int[8];
        report("array load", array("array", data)[next("index")] + next("after"));
        data = new int[] {10, 20, 30, 40, 50, 60, 70, 80};
        array("array", data)[next("index")] += next("value");
        report("compound array", java.util.Arrays.toString(data));
        data = new int[] {10, 20, 30, 40, 50, 60, 70, 80};
        array("array", data)[next("index")] -= next("value") * next("factor");
        report("compound array 2", java.util.Arrays.toString(data));

        Box box = new Box();
        box.value = 1000;
        box.self("box").value -= next("value");
        report("compound field", box.value);

        int local = 50;
        local -= next("a") - next("b");
        report("compound local", local);

        String s = "start:" + text("a") + "," + next("b") + "," + text("c");
        report("concat", s);
        String t = text("a");
        t += text("b") + next("c");
        report("concat assign", t);

        counter = 5;
        int c = counter + next("a") + counter;
        report("field around call", c);
        counter = 5;
        int d = pair(counter, next("a"));
        report("field as argument", d);

        Object[] objects = {text("a"), next("b"), text("c")};
        report("array initializer", java.util.Arrays.toString(objects));
        int[][] grid = new int[next("rows")][next("cols")];
        report("multi array", grid.length + "x" + grid[0].length);
        boolean logic = next("a") > 0 && next("b") > next("c");
        report("conditional and", logic);
        int choice = next("cond") > 0 ? next("then") + next("then2") : next("else");
        report("conditional", choice);
        int rounds = 0;
        while (pair(next("l"), next("r")) < 1000 && rounds < 8) {
            rounds++;
        }
        report("loop condition", rounds);
        int branch = args.length == 0 ? pair(next("a"), next("b")) : 0;
        report("branch of ?:", branch);
    }
}
