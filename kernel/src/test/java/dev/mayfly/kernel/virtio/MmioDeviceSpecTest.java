package dev.mayfly.kernel.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MmioDeviceSpecTest {
    @Test
    void parsesLinuxSyntaxWithSuffixesAndId() {
        assertEquals(new MmioDeviceSpec(4096, 0xD0000000L, 5), MmioDeviceSpec.parse("4K@0xd0000000:5"));
        assertEquals(new MmioDeviceSpec(512, 0xFEB00E00L, 12), MmioDeviceSpec.parse("512@0xfeb00e00:12"));
        assertEquals(new MmioDeviceSpec(1 << 20, 0x10000000L, 7), MmioDeviceSpec.parse("1M@0x10000000:7:3"));
    }

    @Test
    void rejectsMalformedEntriesWithTheReason() {
        for (String bad : new String[] {"", "4K", "4K@", "4K@0xd0000000", "x@0x1000:5", "4K@0xzz:5", "4K@0xd0000000:-1",
                "4K@0xffffffff:5", "16@0xd0000000:5", "4K@0xd0000000:300", "99999999999999999999@0x1:1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MmioDeviceSpec.parse(bad), bad);
            assertTrue(!e.getMessage().isEmpty());
        }
    }

    @Test
    void findsDevicesOnEitherSideOfTheSeparatorAndStripsAppendedOnes() {
        List<String> errors = new ArrayList<>();
        List<MmioDeviceSpec> specs = MmioDeviceSpec.fromCommandLine(
                "tsc_khz=1 virtio_mmio.device=4K@0xd0000000:5 virtio_mmio.device=bad -- 8080 virtio_mmio.device=512@0xfeb00e00:12",
                errors);
        assertEquals(2, specs.size());
        assertEquals(1, errors.size());
        assertEquals(List.of("8080"), MmioDeviceSpec.withoutAppendedDevices(List.of("8080", "virtio_mmio.device=512@0xfeb00e00:12")));
        assertEquals(List.of("a", "b"), MmioDeviceSpec.withoutAppendedDevices(List.of("a", "b")));
    }
}
