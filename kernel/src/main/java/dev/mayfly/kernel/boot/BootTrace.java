package dev.mayfly.kernel.boot;

import dev.mayfly.kernel.arch.NativeKernel;

/**
 * The boot trace ({@code mayfly.trace=boot}): how long the guest took from the first instruction of
 * the PVH entry to the application's {@code main}, measured with the TSC.
 */
final class BootTrace {
    private BootTrace() {
    }

    static void report() {
        long ticks = NativeKernel.rdtsc() - NativeKernel.bootTsc();
        long khz = NativeKernel.tscKhz();
        long micros = ticks * 1000 / khz;
        System.err.println("mayfly: boot " + (micros / 1000) + "." + pad3(micros % 1000)
                + " ms from PVH entry to main (TSC " + khz + " kHz)");
    }

    private static String pad3(long v) {
        String s = Long.toString(v);
        return "000".substring(s.length()) + s;
    }
}
