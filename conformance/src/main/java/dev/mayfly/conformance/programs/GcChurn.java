package dev.mayfly.conformance.programs;

/**
 * Exercises the garbage collector under pressure: well over 2 GB of short-lived allocations
 * (arrays, strings, small objects and linked lists) while only a few megabytes stay live, so it
 * must run in a 64 MB heap; prints checksums only.
 */
public class GcChurn {

    record Particle(double x, double y, long id) {
    }

    static final class Node {
        final int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    public static void main(String[] args) {
        long allocated = 0;
        long checksum = 0;
        byte[][] survivors = new byte[64][];
        for (int round = 0; round < 26_000; round++) {
            int size = 1024 + (round * 7919) % (128 * 1024);
            byte[] chunk = new byte[size];
            chunk[size - 1] = (byte) round;
            chunk[0] = (byte) (round >> 3);
            allocated += size;
            checksum += chunk[size - 1] + chunk[0];
            if (round % 375 == 0) {
                survivors[(round / 375) % survivors.length] = chunk;
            }
            Node list = null;
            for (int i = 0; i < 1000; i++) {
                list = new Node(i ^ round, list);
            }
            allocated += 1000L * 24;
            int sum = 0;
            for (Node n = list; n != null; n = n.next) {
                sum += n.value;
            }
            checksum += sum;
            if (round % 4 == 0) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 40; i++) {
                    sb.append(i * round).append(',');
                }
                String s = sb.toString();
                allocated += s.length() * 2L + 64;
                checksum += s.hashCode();
            }
            Particle p = new Particle(round * 0.5, -round, round);
            allocated += 40;
            checksum += (long) p.x() + p.id();
        }
        int live = 0;
        for (byte[] b : survivors) {
            live += b == null ? 0 : b.length;
        }
        System.out.println("allocated at least 2 GB: " + (allocated > 2L * 1024 * 1024 * 1024));
        System.out.println("approx MB allocated " + allocated / (1024 * 1024));
        System.out.println("checksum " + checksum);
        System.out.println("survivor bytes " + live);
    }
}
