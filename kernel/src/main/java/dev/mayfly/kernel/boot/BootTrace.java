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
        long now = NativeKernel.rdtsc();
        long boot = NativeKernel.bootTsc();
        long java = NativeKernel.javaStartTsc();
        long khz = NativeKernel.tscKhz();
        NativeKernel.printBootSteps();
        System.err.println("mayfly: boot " + millis(now - boot, khz) + " ms from PVH entry to main (native kernel "
                + millis(java - boot, khz) + " ms, runtime start " + millis(now - java, khz) + " ms; TSC " + khz + " kHz)");
    }

    private static String millis(long ticks, long khz) {
        long micros = ticks * 1000 / khz;
        return (micros / 1000) + "." + pad3(micros % 1000);
    }

    private static String pad3(long v) {
        String s = Long.toString(v);
        return "000".substring(s.length()) + s;
    }
}
