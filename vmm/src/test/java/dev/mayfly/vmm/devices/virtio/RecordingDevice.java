package dev.mayfly.vmm.devices.virtio;

import dev.mayfly.virtio.DeviceType;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A test device with one queue: counts notifications and answers each with a used-buffer interrupt. */
public final class RecordingDevice implements VirtioDevice {
    public final AtomicInteger notifications = new AtomicInteger();
    public final CountDownLatch notified = new CountDownLatch(1);
    public volatile VirtioDeviceContext context;
    public volatile int resets;

    @Override
    public int deviceType() {
        return DeviceType.ENTROPY;
    }

    @Override
    public long offeredFeatures() {
        return 0;
    }

    @Override
    public int queueCount() {
        return 1;
    }

    @Override
    public int maxQueueSize() {
        return 16;
    }

    @Override
    public long readConfig(int offset, int size) {
        return offset == 0 ? 0xAB : 0;
    }

    @Override
    public void activate(VirtioDeviceContext context) {
        this.context = context;
    }

    @Override
    public void queuesNotified() {
        notifications.incrementAndGet();
        notified.countDown();
        context.signalUsedBuffers();
    }

    @Override
    public void reset() {
        resets++;
        context = null;
    }
}
