package dev.mayfly.conformance.programs;

/**
 * Exercises IEEE-754 edge cases in float and double: NaN comparisons and equality, signed zero,
 * infinities, casts of special values to integers, subnormals, bit views, Math.min/max with -0.0
 * and NaN, ulp/nextUp, and Double.compare ordering.
 */
public class FloatingPointEdges {

    public static void main(String[] args) {
        double nan = Double.NaN;
        double pz = 0.0;
        double nz = -0.0;
        double inf = Double.POSITIVE_INFINITY;
        System.out.println("nan==nan " + (nan == nan) + " nan!=nan " + (nan != nan) + " nan<1 " + (nan < 1) + " nan>1 " + (nan > 1)
                + " equals " + Double.valueOf(nan).equals(nan) + " compare " + Double.compare(nan, nan) + " isNaN " + Double.isNaN(0.0 / 0.0));
        System.out.println("0.0==-0.0 " + (pz == nz) + " equals " + Double.valueOf(pz).equals(nz) + " compare " + Double.compare(pz, nz)
                + " 1/-0.0 " + (1 / nz) + " -0.0+0.0 " + (nz + pz) + " -0.0*-1 " + (nz * -1) + " -0.0-0.0 " + (nz - pz));
        System.out.println("inf " + (inf - inf) + " " + (inf * 0) + " " + (inf + 1) + " " + (-inf / inf) + " " + (1 / inf) + " " + (-1 / inf)
                + " " + (inf > Double.MAX_VALUE) + " " + (Double.MAX_VALUE * 2) + " " + (-Double.MAX_VALUE * 2));
        System.out.println("casts " + (int) nan + " " + (long) nan + " " + (int) inf + " " + (int) -inf + " " + (long) inf + " " + (long) -inf
                + " " + (int) 3.99 + " " + (int) -3.99 + " " + (char) -1.5 + "|" + (int) (char) 70000.7 + " " + (byte) 300.5 + " " + (short) -40000.0
                + " " + (int) 2147483647.5 + " " + (long) 9.3e18 + " " + (float) 1e40 + " " + (float) 1e-50 + " " + (int) Float.NaN);
        System.out.println("min/max " + Math.min(pz, nz) + " " + Math.max(pz, nz) + " " + Math.min(nz, pz) + " " + Math.max(nz, pz)
                + " " + Math.min(1.0, nan) + " " + Math.max(nan, 1.0) + " " + Math.min(-0.0f, 0.0f) + " " + Math.abs(-0.0) + " " + Math.abs(-inf));
        System.out.println("subnormal " + Double.MIN_VALUE + " " + (Double.MIN_VALUE / 2) + " " + (Double.MIN_NORMAL / 4) + " "
                + Float.MIN_VALUE + " " + (Float.MIN_VALUE * 0.5f) + " " + Math.getExponent(Double.MIN_VALUE) + " " + Math.getExponent(1.0));
        System.out.println("bits " + Long.toHexString(Double.doubleToLongBits(1.0)) + " " + Long.toHexString(Double.doubleToLongBits(nz))
                + " " + Long.toHexString(Double.doubleToLongBits(nan)) + " " + Integer.toHexString(Float.floatToIntBits(-2.5f))
                + " " + Double.longBitsToDouble(0x3ff8000000000000L) + " " + Float.intBitsToFloat(0x7f800000) + " "
                + Integer.toHexString(Float.floatToIntBits(Float.NaN)) + " " + Double.longBitsToDouble(1L));
        System.out.println("ulp " + Math.ulp(1.0) + " " + Math.ulp(1e300) + " " + Math.ulp(1.0f) + " " + Math.nextUp(1.0) + " "
                + Math.nextDown(1.0) + " " + Math.nextAfter(0.0, -1) + " " + Math.nextUp(Float.MAX_VALUE) + " " + Math.copySign(3.0, -0.0)
                + " " + Math.signum(-0.0) + " " + Math.signum(-5.5) + " " + Math.scalb(1.0, 10) + " " + Math.IEEEremainder(10, 3));
        double[] sortMe = {3, nan, -0.0, 0.0, -inf, 1, inf, -1, nan};
        java.util.Arrays.sort(sortMe);
        System.out.println("sorted " + java.util.Arrays.toString(sortMe));
        System.out.println("compare " + Double.compare(-0.0, 0.0) + " " + Double.compare(nan, inf) + " " + Float.compare(1f, 2f)
                + " " + Double.valueOf(-0.0).compareTo(0.0) + " " + Boolean.compare(true, false));
        float fsum = 0;
        double dsum = 0;
        for (int i = 0; i < 1000; i++) {
            fsum += 0.1f;
            dsum += 0.1;
        }
        System.out.println("accumulate " + fsum + " " + dsum + " " + (float) dsum + " " + (0.1f == 0.1) + " " + ((float) 0.1 == 0.1f)
                + " " + (0.1 + 0.2 == 0.3) + " " + (0.5 + 0.25 == 0.75));
        System.out.println("int->float " + (float) 16777217 + " " + (double) Long.MAX_VALUE + " " + (float) Long.MIN_VALUE + " "
                + (long) (double) Long.MAX_VALUE + " " + (int) (float) Integer.MAX_VALUE + " " + (double) (1L << 53) + " " + (double) ((1L << 53) + 1));
        System.out.println("strictfp-ish " + (1e308 * 10 / 10) + " " + (Float.MAX_VALUE * 2f / 2f) + " " + (0.1 * 3) + " " + (0.1f * 3) + " "
                + (1.0 - 0.9) + " " + 3.0 % 0.7 + " " + (-7.5 % 2) + " " + (7.5 % -2) + " " + (5.0 % inf) + " " + (inf % 5.0) + " " + (1.0 % 0.0));
        System.out.println("isFinite " + Double.isFinite(1 / 0.0) + " " + Double.isInfinite(-1 / 0.0) + " " + Float.isFinite(3f)
                + " " + Double.sum(0.1, 0.2) + " " + Double.max(-0.0, 0.0) + " " + Float.sum(0.1f, 0.2f));
    }
}
