package dev.mayfly.vmm.devices.virtio.net;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.virtio.SplitRing;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random descriptor tables and rings: the device never throws, and either works or says DEVICE_NEEDS_RESET. */
class VirtioNetFuzzProperties {
    @Property(tries = 300)
    void hostileDescriptorTablesNeverEscape(@ForAll @Size(64) long[] addresses, @ForAll @Size(64) int[] lengths,
                                            @ForAll @Size(64) short[] flags, @ForAll @Size(64) short[] nexts,
                                            @ForAll @IntRange(min = 0, max = 40) int availRx, @ForAll @IntRange(min = 0, max = 40) int availTx,
                                            @ForAll @Size(32) short[] heads) {
        try (FakeVirtioNetDriver driver = new FakeVirtioNetDriver()) {
            driver.start();
            for (int q = 0; q < 2; q++) {
                for (int i = 0; i < FakeVirtioNetDriver.QUEUE_SIZE; i++) {
                    int k = q * 32 + i;
                    // half of the addresses land in RAM, so that valid-looking chains occur too
                    long address = (k & 1) == 0 ? Math.floorMod(addresses[k], FakeVirtioNetDriver.RAM) : addresses[k];
                    int length = (k & 2) == 0 ? Math.floorMod(lengths[k], 4096) : lengths[k];
                    driver.putDescriptor(q, i, address, length, flags[k] & (SplitRing.F_NEXT | SplitRing.F_WRITE | ((k % 7 == 0) ? SplitRing.F_INDIRECT : 0)), nexts[k] & 0x1F);
                }
                for (int i = 0; i < FakeVirtioNetDriver.QUEUE_SIZE; i++) {
                    driver.memory.putShort(FakeVirtioNetDriver.AVAIL[q] + SplitRing.AVAIL_RING + 2L * i, (short) (heads[q * 16 + i] & 0x1F));
                }
            }
            for (int i = 0; i < 8; i++) {
                driver.frameForGuest(FakeVirtioNetDriver.frame(14 + i * 150, i));
            }
            driver.setAvailIndex(0, availRx);
            driver.setAvailIndex(1, availTx);
            driver.notifyQueues();
            driver.notifyQueues();
            assertTrue(driver.needsReset() || driver.usedIdx(0) <= availRx && driver.usedIdx(1) <= availTx);
        }
    }
}
