package dev.mayfly.kernel.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MmioDeviceSpecProperties {
    @Property
    void anyTextIsParsedOrRejectedWithAReason(@ForAll String text) {
        try {
            MmioDeviceSpec.parse(text);
        } catch (IllegalArgumentException e) {
            assertEquals(false, e.getMessage().isEmpty());
        }
    }

    @Property
    void formattedEntriesParseBack(@ForAll @LongRange(min = 1, max = 0xFFFF) long pages,
                                   @ForAll @LongRange(min = 1, max = 0xFFF00) long basePage,
                                   @ForAll @IntRange(min = 0, max = 255) int irq) {
        long size = pages * 4096;
        long base = basePage * 4096;
        if (base + size > 1L << 32) {
            return;
        }
        String text = (pages % 256 == 0 ? (size >> 20) + "M" : (size >> 10) + "K") + "@0x" + Long.toHexString(base) + ":" + irq;
        assertEquals(new MmioDeviceSpec(size, base, irq), MmioDeviceSpec.parse(text));
    }
}
