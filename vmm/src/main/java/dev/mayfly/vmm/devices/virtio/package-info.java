/**
 * Virtio over MMIO (virtio 1.2 §4.2): the transport's register file, device-side split virtqueues, and
 * the eventfd plumbing that keeps the data path out of Java's vCPU loop: a queue notification is a
 * KVM ioeventfd that wakes the device's own thread, and an interrupt is a KVM irqfd.
 *
 * <p>Every ring address and descriptor the guest supplies is checked against guest RAM before use.
 */
package dev.mayfly.vmm.devices.virtio;
