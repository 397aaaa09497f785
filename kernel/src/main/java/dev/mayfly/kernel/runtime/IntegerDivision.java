package dev.mayfly.kernel.runtime;

/**
 * Java's integer {@code /} and {@code %} (JLS §15.17.2, §15.17.3), which the image builder puts in
 * place of every {@code idiv}, {@code irem}, {@code ldiv} and {@code lrem} of the program: a zero
 * divisor throws {@code ArithmeticException("/ by zero")}, and {@code MIN_VALUE / -1} is
 * {@code MIN_VALUE} and {@code MIN_VALUE % -1} is 0. The C the compiler emits divides with the
 * CPU's {@code idiv}, which raises #DE in both cases.
 */
public final class IntegerDivision {
    private IntegerDivision() {
    }

    public static int divide(int a, int b) {
        if (b == 0) {
            throw divisionByZero();
        }
        return b == -1 ? -a : a / b;
    }

    public static int remainder(int a, int b) {
        if (b == 0) {
            throw divisionByZero();
        }
        return b == -1 ? 0 : a % b;
    }

    public static long divide(long a, long b) {
        if (b == 0) {
            throw divisionByZero();
        }
        return b == -1 ? -a : a / b;
    }

    public static long remainder(long a, long b) {
        if (b == 0) {
            throw divisionByZero();
        }
        return b == -1 ? 0 : a % b;
    }

    /** Throws for a zero divisor: the check before {@code Integer.divideUnsigned} and friends, which the compiler turns into a bare C division. */
    public static void checkDivisor(int b) {
        if (b == 0) {
            throw divisionByZero();
        }
    }

    /** {@link #checkDivisor(int)} for {@code Long.divideUnsigned} and {@code Long.remainderUnsigned}. */
    public static void checkDivisor(long b) {
        if (b == 0) {
            throw divisionByZero();
        }
    }

    private static ArithmeticException divisionByZero() {
        return new ArithmeticException("/ by zero");
    }
}
