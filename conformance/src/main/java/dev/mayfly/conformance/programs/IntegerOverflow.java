package dev.mayfly.conformance.programs;

/**
 * Exercises int and long arithmetic edge cases: overflow wrap-around, MIN_VALUE / -1, remainder
 * signs, shifts by large counts, narrowing casts, the *Exact methods, unsigned helpers and radix
 * conversions.
 */
public class IntegerOverflow {

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println("int wrap " + (max + 1) + " " + (min - 1) + " " + (max * 2) + " " + (-min) + " " + Math.abs(min));
        long lmax = Long.MAX_VALUE;
        long lmin = Long.MIN_VALUE;
        System.out.println("long wrap " + (lmax + 1) + " " + (lmin - 1) + " " + (lmax * 3) + " " + (-lmin) + " " + Math.abs(lmin));
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}};
        for (int[] p : pairs) {
            System.out.print(p[0] + "/" + p[1] + "=" + (p[0] / p[1]) + " %=" + (p[0] % p[1]) + " floorDiv="
                    + Math.floorDiv(p[0], p[1]) + " floorMod=" + Math.floorMod(p[0], p[1]) + "; ");
        }
        System.out.println();
        int one = 1;
        System.out.println("shifts " + (one << 31) + " " + (one << 32) + " " + (one << 33) + " " + (1L << 63) + " " + (1L << 64)
                + " " + (-16 >> 2) + " " + (-16 >>> 28) + " " + (-16L >>> 60) + " " + (min >> 31) + " " + (8 >> -1) + " " + (one << -1));
        long big = 0x1_2345_6789L;
        double huge = 1e20;
        System.out.println("narrow " + (int) big + " " + (short) 70000 + " " + (byte) 200 + " " + (char) 65601 + " "
                + (int) (char) -1 + " " + (byte) -129 + " " + (int) huge + " " + (long) huge + " " + (int) -huge + " " + (short) 1e10);
        String[] ops = {"addExact", "multiplyExact", "negateExact", "toIntExact", "incrementExact", "subtractExact"};
        for (String op : ops) {
            try {
                long r = switch (op) {
                    case "addExact" -> Math.addExact(max, 1);
                    case "multiplyExact" -> Math.multiplyExact(1L << 40, 1L << 30);
                    case "negateExact" -> Math.negateExact(min);
                    case "toIntExact" -> Math.toIntExact(1L << 31);
                    case "incrementExact" -> Math.incrementExact(lmax);
                    default -> Math.subtractExact(min, 1);
                };
                System.out.println(op + " = " + r);
            } catch (ArithmeticException e) {
                System.out.println(op + " threw " + e.getMessage());
            }
        }
        System.out.println("ok exact " + Math.addExact(40, 2) + " " + Math.multiplyExact(-3L, 7L));
        System.out.println("unsigned " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " "
                + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1) + " "
                + Long.divideUnsigned(-1L, 10) + " " + Integer.toUnsignedLong(-2));
        System.out.println("radix " + Integer.toBinaryString(-8) + " " + Integer.toHexString(min) + " " + Integer.toOctalString(-1) + " "
                + Long.toBinaryString(5L) + " " + Long.toHexString(lmin) + " " + Integer.toString(-255, 16) + " "
                + Integer.toString(35, 36) + " " + Long.toString(lmax, 36) + " " + Integer.parseInt("-zz", 36) + " " + Integer.toString(10, 99));
        System.out.println("bits " + Integer.bitCount(-1) + " " + Long.bitCount(0xF0F0L) + " " + Integer.reverse(1) + " "
                + Integer.reverseBytes(0x01020304) + " " + Long.reverseBytes(1L) + " " + Integer.highestOneBit(100) + " "
                + Integer.lowestOneBit(96) + " " + Integer.numberOfLeadingZeros(1) + " " + Long.numberOfTrailingZeros(0)
                + " " + Integer.rotateLeft(0x80000001, 4) + " " + Integer.rotateRight(1, 1) + " " + Integer.signum(-9) + " " + Long.signum(0));
        int acc = 17;
        for (int i = 0; i < 40; i++) {
            acc = acc * 1_000_003 + i;
        }
        long lacc = 17;
        for (int i = 0; i < 40; i++) {
            lacc = lacc * 6364136223846793005L + 1442695040888963407L;
        }
        System.out.println("lcg " + acc + " " + lacc + " compound " + compound());
        char c = Character.MAX_VALUE;
        c++;
        byte by = 127;
        by += 1;
        short s = Short.MIN_VALUE;
        s--;
        System.out.println("compound wrap " + (int) c + " " + by + " " + s + " " + (by >>> 1) + " " + (byte) (by >>> 1));
    }

    static int compound() {
        int x = 10;
        x += x++ + ++x;
        int y = 5;
        y = y++ * 2 + y;
        return x * 100 + y;
    }
}
