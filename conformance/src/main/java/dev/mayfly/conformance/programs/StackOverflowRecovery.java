package dev.mayfly.conformance.programs;

/**
 * Probes stack overflow: unbounded and very deep (1,000,000 frames) recursion must throw a
 * StackOverflowError the program can catch, after which it keeps working normally, repeatedly.
 */
public class StackOverflowRecovery {

    private static int depth;

    static int dive(int n) {
        depth = n;
        return dive(n + 1) + 1;
    }

    static long sumTo(long n) {
        return n == 0 ? 0 : n + sumTo(n - 1);
    }

    record Node(int value, Node next) {
    }

    static int length(Node n) {
        return n == null ? 0 : 1 + length(n.next());
    }

    public static void main(String[] args) {
        for (int round = 1; round <= 3; round++) {
            depth = 0;
            try {
                dive(0);
                System.out.println("round " + round + ": no overflow?");
            } catch (StackOverflowError e) {
                System.out.println("round " + round + ": caught " + e.getClass().getName() + ", reached > 1000 frames: " + (depth > 1000));
            }
        }
        try {
            System.out.println("sum to 1000000 = " + sumTo(1_000_000));
        } catch (StackOverflowError e) {
            System.out.println("sumTo(1000000) overflowed the stack");
        }
        System.out.println("sum to 1000 = " + sumTo(1000));
        Node list = null;
        for (int i = 0; i < 500_000; i++) {
            list = new Node(i, list);
        }
        try {
            System.out.println("length " + length(list));
        } catch (StackOverflowError e) {
            System.out.println("recursive length overflowed; iterative:");
            int n = 0;
            for (Node p = list; p != null; p = p.next()) {
                n++;
            }
            System.out.println("length " + n);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(sumTo(i * 10)).append(' ');
        }
        System.out.println("still working: " + sb.toString().trim());
    }
}
