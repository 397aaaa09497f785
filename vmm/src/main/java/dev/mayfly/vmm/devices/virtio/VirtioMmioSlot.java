package dev.mayfly.vmm.devices.virtio;

import dev.mayfly.virtio.MmioRegister;
import dev.mayfly.vmm.devices.InterruptLine;
import dev.mayfly.vmm.devices.MmioBus;
import dev.mayfly.vmm.kvm.EventFd;
import dev.mayfly.vmm.vstate.GuestAddressMap;
import dev.mayfly.vmm.vstate.Vm;
import java.util.concurrent.locks.LockSupport;

/**
 * One virtio-mmio device installed in a VM: its MMIO window and interrupt line, its transport, and the
 * eventfd plumbing that keeps its data path out of the vCPU loop.
 *
 * <p>A guest write to QueueNotify signals a KVM ioeventfd inside the kernel (no exit); the slot's own
 * platform thread wakes on it and runs the device. Interrupts go out through a KVM irqfd, which pulses
 * the IOAPIC pin: the guest should program that pin edge-triggered.
 */
public final class VirtioMmioSlot implements AutoCloseable {
    private final int index;
    private final long window;
    private final int irq;
    private final EventFd notification = new EventFd();
    private final EventFd interrupt = new EventFd();
    private final VirtioMmioTransport transport;
    private final Thread notificationThread;
    private volatile boolean closing;

    /** Installs {@code device} as virtio-mmio device {@code index} of {@code vm}, on {@code bus}. */
    public VirtioMmioSlot(int index, VirtioDevice device, Vm vm, MmioBus bus, String vmName) {
        if (index < 0 || index >= GuestAddressMap.VIRTIO_MMIO_MAX_DEVICES) {
            throw new IllegalArgumentException("virtio-mmio slot " + index);
        }
        this.index = index;
        this.window = GuestAddressMap.virtioMmioWindow(index);
        this.irq = GuestAddressMap.virtioMmioIrq(index);
        try {
            vm.addMmioEventFd(window + MmioRegister.QUEUE_NOTIFY, 4, notification);
            vm.addIrqFd(irq, interrupt);
        } catch (RuntimeException e) {
            notification.close();
            interrupt.close();
            throw e;
        }
        InterruptLine line = new InterruptLine() {
            @Override
            public void setLevel(boolean high) {
                if (high) {
                    interrupt.signal();
                }
            }

            @Override
            public void pulse() {
                interrupt.signal();
            }
        };
        this.transport = new VirtioMmioTransport(device, vm.memory(), line, notification::signal);
        bus.register(window, MmioRegister.WINDOW_SIZE, transport);
        this.notificationThread = Thread.ofPlatform().daemon().name(vmName + "-virtio" + index).start(this::serveNotifications);
    }

    /** How long the notification thread waits before it looks at a busy device's rings again. */
    static final long LINGER_NANOS = 30_000;

    private void serveNotifications() {
        while (true) {
            notification.await();
            if (closing) {
                return;
            }
            // while the guest is busy the device leaves its notifications off and looks again a
            // little later (the park's length plus the timer slack), as QEMU's transmit bottom half does
            while (transport.processNotificationsMayLinger() && !closing) {
                LockSupport.parkNanos(LINGER_NANOS);
            }
        }
    }

    /** The parameter announcing this device on the kernel command line, as Linux's virtio_mmio driver reads it. */
    public String commandLineParameter() {
        return String.format("virtio_mmio.device=%dK@0x%x:%d", MmioRegister.WINDOW_SIZE / 1024, window, irq);
    }

    public int index() {
        return index;
    }

    public VirtioMmioTransport transport() {
        return transport;
    }

    /** Stops the notification thread and closes the eventfds; call before the VM is closed. */
    @Override
    public void close() {
        closing = true;
        notification.signal();
        boolean interrupted = false;
        while (true) {
            try {
                notificationThread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        notification.close();
        interrupt.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
