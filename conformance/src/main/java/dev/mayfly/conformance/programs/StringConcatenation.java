package dev.mayfly.conformance.programs;

/**
 * Exercises string concatenation ({@code +} with every primitive type, null, chars and objects,
 * compound {@code +=}, constants folded at compile time, and evaluation order of side effects).
 */
public class StringConcatenation {

    static int calls;

    static int next() {
        return ++calls;
    }

    static final String CONST = "con" + "st" + 1 + 'c' + 2.0 + true;

    record Temp(double celsius) {
        @Override
        public String toString() {
            return celsius + "C";
        }
    }

    public static void main(String[] args) {
        byte b = -8;
        short sh = 300;
        char c = 'Z';
        int i = -42;
        long l = 9_000_000_000L;
        float f = 1.1f;
        double d = 1e-5;
        boolean t = true;
        Object nothing = null;
        String s = null;
        System.out.println("b=" + b + " sh=" + sh + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d + " t=" + t);
        System.out.println("null obj " + nothing + " null str " + s + " temp " + new Temp(21.5));
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println("" + c + (char) (c + 1) + (c + 1));
        System.out.println(CONST + " " + (CONST == ("con" + "st" + 1 + 'c' + 2.0 + true)));
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k;
            acc += ',';
        }
        acc += null;
        System.out.println(acc);
        calls = 0;
        System.out.println("order " + next() + next() + " then " + (next() + next()));
        int[] arr = {1, 2, 3};
        int idx = 0;
        String seq = "v" + arr[idx++] + arr[idx++] + idx;
        System.out.println(seq);
        System.out.println("floats " + 0.1f + " " + (0.1f + 0.2f) + " " + 100.0f + " " + 1e10f + " " + 1.0e-10f + " " + Float.MAX_VALUE);
        System.out.println("doubles " + 0.1 + " " + (0.1 + 0.2) + " " + 100.0 + " " + 1e7 + " " + 1e-3 + " " + 1e-4 + " " + 123456789.125);
        System.out.println("specials " + Double.NaN + " " + Double.POSITIVE_INFINITY + " " + (-0.0) + " " + Float.NEGATIVE_INFINITY);
        System.out.println("limits " + Long.MIN_VALUE + " " + Integer.MIN_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE);
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder " + sb + " array-len " + new int[4].length + " " + (s == null ? "was null" : s));
        String big = "";
        for (int k = 0; k < 200; k++) {
            big = big + (char) ('a' + k % 26);
        }
        System.out.println(big.length() + " " + big.substring(190) + " " + big.hashCode());
    }
}
