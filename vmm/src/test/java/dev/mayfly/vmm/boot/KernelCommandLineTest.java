package dev.mayfly.vmm.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mayfly.vmm.InvalidConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelCommandLineTest {
    private static final List<String> VMM = List.of("tsc_khz=2300000", "virtio_mmio.device=4K@0xd0000000:5");

    @Test
    void appendsVmmParametersWithoutSeparator() {
        assertEquals("console=ttyS0 tsc_khz=2300000 virtio_mmio.device=4K@0xd0000000:5",
                KernelCommandLine.compose("console=ttyS0", VMM));
    }

    @Test
    void insertsVmmParametersBeforeApplicationArguments() {
        assertEquals("env.A=1 tsc_khz=2300000 virtio_mmio.device=4K@0xd0000000:5 -- --verbose x",
                KernelCommandLine.compose("env.A=1 -- --verbose x", VMM));
        assertEquals("tsc_khz=2300000 virtio_mmio.device=4K@0xd0000000:5 -- a", KernelCommandLine.compose("-- a", VMM));
    }

    @Test
    void treatsOnlyAStandaloneDoubleDashAsSeparator() {
        assertEquals("a=--b tsc_khz=1", KernelCommandLine.compose("a=--b", List.of("tsc_khz=1")));
    }

    @Test
    void rejectsNulAndOverlongLines() {
        assertThrows(InvalidConfigurationException.class, () -> KernelCommandLine.encode("a\0b"));
        assertThrows(InvalidConfigurationException.class, () -> KernelCommandLine.encode("x".repeat(BootLayout.COMMAND_LINE_CAPACITY)));
        assertEquals(BootLayout.COMMAND_LINE_CAPACITY, KernelCommandLine.encode("x".repeat(BootLayout.COMMAND_LINE_CAPACITY - 1)).length);
    }
}
