package dev.mayfly.jdk.lang;

/**
 * The coefficients of the Taylor series the correctly rounded Math functions sum, each as a
 * double-double (hi[i], lo[i]): 1/n!, the sine's and cosine's (-1)^k/(2k+1)! and (-1)^k/(2k)!,
 * and atanh's 1/(2k+1). Computed at class initialisation by one double-double division each
 * (n! is exact in a double up to 22!).
 */
final class TaylorCoefficients {
    private TaylorCoefficients() {
    }

    /** 1/n! for n = 0..31. */
    static final double[] INVERSE_FACTORIAL_HI = new double[32];
    static final double[] INVERSE_FACTORIAL_LO = new double[32];
    /** 1/(n+1)! for n = 0..30: expm1(z)/z = Σ z^n/(n+1)!. */
    static final double[] EXPM1_HI = new double[31];
    static final double[] EXPM1_LO = new double[31];
    /** (-1)^k/(2k+1)! for k = 0..15: sin(r)/r = Σ c_k r^2k. */
    static final double[] SIN_HI = new double[16];
    static final double[] SIN_LO = new double[16];
    /** (-1)^k/(2k)! for k = 0..15: cos(r) = Σ c_k r^2k. */
    static final double[] COS_HI = new double[16];
    static final double[] COS_LO = new double[16];
    /** 1/(2k+1) for k = 0..15: atanh(s)/s = Σ c_k s^2k. */
    static final double[] ATANH_HI = new double[16];
    static final double[] ATANH_LO = new double[16];

    static {
        double factorial = 1;
        DoubleDouble inverse = DoubleDouble.ONE;
        for (int n = 0; n < 32; n++) {
            if (n > 0) {
                factorial *= n;
                // n! is exact up to 22!; beyond, divide the previous coefficient by n
                inverse = n <= 22 ? DoubleDouble.divide(1.0, new DoubleDouble(factorial, 0))
                        : inverse.divide(new DoubleDouble(n, 0));
            }
            INVERSE_FACTORIAL_HI[n] = inverse.hi;
            INVERSE_FACTORIAL_LO[n] = inverse.lo;
        }
        for (int n = 0; n < 31; n++) {
            EXPM1_HI[n] = INVERSE_FACTORIAL_HI[n + 1];
            EXPM1_LO[n] = INVERSE_FACTORIAL_LO[n + 1];
        }
        for (int k = 0; k < 16; k++) {
            double sign = (k & 1) == 0 ? 1 : -1;
            SIN_HI[k] = sign * INVERSE_FACTORIAL_HI[2 * k + 1];
            SIN_LO[k] = sign * INVERSE_FACTORIAL_LO[2 * k + 1];
            COS_HI[k] = sign * INVERSE_FACTORIAL_HI[2 * k];
            COS_LO[k] = sign * INVERSE_FACTORIAL_LO[2 * k];
            DoubleDouble a = DoubleDouble.divide(1.0, new DoubleDouble(2 * k + 1, 0));
            ATANH_HI[k] = a.hi;
            ATANH_LO[k] = a.lo;
        }
    }
}
