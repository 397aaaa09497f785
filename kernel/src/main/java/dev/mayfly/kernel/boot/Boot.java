package dev.mayfly.kernel.boot;

import dev.mayfly.kernel.Environment;
import dev.mayfly.kernel.arch.NativeKernel;
import dev.mayfly.kernel.runtime.StackLimit;
import java.nio.charset.StandardCharsets;
import org.teavm.interop.Address;

/**
 * The first Java code of a Mayfly image (the compiler's main class): reads the kernel command
 * line, installs the environment, fits the heap to the RAM present and runs the application's
 * {@code main}. An exception escaping {@code main} is reported as the JVM reports it, and the VM
 * then ends with status 1 once the other threads have finished.
 */
public final class Boot {
    private static final int EXIT_UNCAUGHT = 1;
    private static final int CMDLINE_MAX = 4096;

    private Boot() {
    }

    public static void main(String[] ignored) {
        StackLimit.install();
        NativeKernel.fitHeap();
        String cmdline = readCmdline();
        KernelParameters parameters = CommandLine.parse(cmdline);
        Environment.install(parameters.environment());
        if (parameters.traces("boot")) {
            BootTrace.report();
        }
        if (parameters.traces("gc")) {
            dev.mayfly.kernel.runtime.GcTrace.start();
        }
        String selfTest = parameters.parameters().get("mayfly.selftest");
        if (selfTest != null) {
            SelfTest.run(selfTest);
        }
        Networking.start(cmdline, parameters.traces("net"));
        NativeKernel.fitHeap();          // again: the network's rings and buffers took RAM off the top
        String[] args = dev.mayfly.kernel.virtio.MmioDeviceSpec.withoutAppendedDevices(parameters.arguments())
                .toArray(new String[0]);
        try {
            AppMain.main(args);
        } catch (Throwable t) {
            System.err.print("Exception in thread \"main\" ");
            t.printStackTrace();
            NativeKernel.setExitStatus(EXIT_UNCAUGHT);
        }
    }

    private static String readCmdline() {
        // Safe: mayfly_cmdline() returns a NUL-terminated static buffer of at most CMDLINE_MAX bytes.
        Address p = NativeKernel.cmdline();
        int length = 0;
        while (length < CMDLINE_MAX && p.add(length).getByte() != 0) {
            length++;
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = p.add(i).getByte();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
