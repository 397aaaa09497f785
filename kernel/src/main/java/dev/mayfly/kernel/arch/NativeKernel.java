package dev.mayfly.kernel.arch;

import org.teavm.interop.Address;
import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/**
 * The native kernel as the Java world sees it: the functions of {@code mayfly/java.h}, called
 * directly (no system call: kernel and application are one program, DESIGN.md decision 11).
 *
 * <p>This is one of the kernel packages allowed to use raw memory and {@code @Import}; the image
 * builder's verifier rejects application code that does.
 */
public final class NativeKernel {
    private NativeKernel() {
    }

    /** The kernel command line as a NUL-terminated C string that lives as long as the VM. */
    @Import(name = "mayfly_cmdline")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native Address cmdline();

    /** Sets the status the VM ends with once the event loop runs dry. */
    @Import(name = "mayfly_set_exit_status")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native void setExitStatus(int status);

    /** Ends the VM now with the given status; the console is flushed first. */
    @Import(name = "mayfly_exit")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native void exit(int status);

    /** The time stamp counter read by the first instruction of the PVH entry. */
    @Import(name = "mayfly_boot_tsc_value")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long bootTsc();

    /** The time stamp counter now. */
    @Import(name = "mayfly_rdtsc")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long rdtsc();

    /** The time stamp counter when the native kernel called the Java world. */
    @Import(name = "mayfly_java_start_tsc")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long javaStartTsc();

    /** Prints the native kernel's boot steps and their times on the console. */
    @Import(name = "mayfly_print_boot_steps")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native void printBootSteps();

    /** TSC ticks per millisecond. */
    @Import(name = "mayfly_tsc_khz")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long tscKhz();

    /** Bytes of RAM that the kernel has not handed out yet. */
    @Import(name = "mayfly_free_memory")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long freeMemory();

    /** Bytes of RAM that the kernel manages (all RAM above the image). */
    @Import(name = "mayfly_total_memory")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long totalMemory();

    /** Caps the Java heap's growth to the RAM this VM has. */
    @Import(name = "mayfly_fit_heap")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native void fitHeap();

    /** Routes an I/O APIC pin to a vector, edge-triggered; returns its event bit (0 if the pin cannot be routed). */
    @Import(name = "mayfly_irq_route")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long routeInterrupt(int pin);

    /** Takes (clears) the device event bits that interrupts recorded. */
    @Import(name = "mayfly_take_device_events")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long takeDeviceEvents();

    /** The event loop's head deadline in {@code System.currentTimeMillis()} time, as it last armed the timer. */
    @Import(name = "mayfly_queue_head_ms")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long queueHeadMillis();

    /** A volatile 32-bit read of a device register. */
    @Import(name = "mayfly_mmio_read32")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native int mmioRead32(long address);

    /** A volatile 32-bit write of a device register. */
    @Import(name = "mayfly_mmio_write32")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native void mmioWrite32(long address, int value);

    /** A volatile 8-bit read of a device register. */
    @Import(name = "mayfly_mmio_read8")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native int mmioRead8(long address);

    /** A full memory barrier (compiler and CPU). */
    @Import(name = "mayfly_memory_barrier")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native void memoryBarrier();

    /** Zeroed, page-aligned memory off the Java heap that never moves and is never freed; 0 if none is left. */
    @Import(name = "mayfly_dma_alloc")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long dmaAlloc(long bytes);

    /** memcpy between two raw addresses. */
    @Import(name = "mayfly_copy")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native void copy(long destination, long source, int length);
    /** The lowest address of the main stack (the one every Java thread runs on). */
    @Import(name = "mayfly_main_stack_bottom")
    @Include(value = "mayfly/java.h", isSystem = false)
    public static native long mainStackBottom();

    /** Ends the VM with a kernel panic report. */
    public static void panic(String message) {
        byte[] bytes = message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] text = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        // Safe: mayfly_panic reads the NUL-terminated bytes and never returns, so nothing can
        // collect or move the array while C holds its address.
        panicWith(Address.ofData(text));
    }

    @Import(name = "mayfly_panic")
    @Include(value = "mayfly/java.h", isSystem = false)
    private static native void panicWith(Address message);
}
