package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.math.BigInteger;

/** java.math.BigInteger's {@code hashCode} and {@code doubleValue} as the JDK computes them. */
@PatchFor("java.math.BigInteger")
public final class BigIntegerPatch {
    private BigIntegerPatch() {
    }

    /** {@link BigInteger#hashCode()}: {@code 31·h + word} over the magnitude's 32-bit words, most significant first, times the sign. */
    @InstanceMethod
    public static int hashCode(BigInteger self) {
        byte[] bytes = self.abs().toByteArray();
        int h = 0;
        int n = bytes.length;
        int start = 0;
        while (start < n && bytes[start] == 0) {
            start++;
        }
        int len = n - start;
        int words = (len + 3) / 4;
        int pos = start;
        int first = len - (words - 1) * 4;
        for (int w = 0; w < words; w++) {
            int take = w == 0 ? first : 4;
            int word = 0;
            for (int k = 0; k < take; k++) {
                word = (word << 8) | (bytes[pos++] & 0xff);
            }
            h = (int) (31 * h + (word & 0xffffffffL));
        }
        return h * self.signum();
    }

    /** {@link BigInteger#doubleValue()}: correctly rounded. */
    @InstanceMethod
    public static double doubleValue(BigInteger self) {
        return Double.longBitsToDouble(DecimalParsing.round(self.signum() < 0, self.abs(), BigInteger.ONE, 53, -1074, 1023));
    }

    /** {@link BigInteger#floatValue()}: correctly rounded. */
    @InstanceMethod
    public static float floatValue(BigInteger self) {
        return Float.intBitsToFloat((int) DecimalParsing.round(self.signum() < 0, self.abs(), BigInteger.ONE, 24, -149, 127));
    }
}
