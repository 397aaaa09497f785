package dev.mayfly.kernel.boot;

import org.teavm.interop.Address;

/**
 * Faults and events raised on purpose, for the tests ({@code mayfly.selftest=NAME} on the kernel
 * command line, run before the application starts): {@code page-fault} for the panic path,
 * {@code gc} (one full collection) for the collector's trace.
 */
final class SelfTest {
    /** An address inside the identity map's hole: nothing is mapped between 1 GiB and 3 GiB. */
    private static final long UNMAPPED = 0x8000_0000L;

    private SelfTest() {
    }

    static void run(String name) {
        switch (name) {
            case "page-fault" -> {
                // Deliberately unsafe: reads an address that is not mapped, to raise #PF.
                int value = Address.fromLong(UNMAPPED).getInt();
                System.out.println("self-test page-fault did not fault: read " + value);
            }
            case "gc" -> System.gc();
            default -> System.err.println("mayfly: unknown self-test '" + name + "'");
        }
    }
}
