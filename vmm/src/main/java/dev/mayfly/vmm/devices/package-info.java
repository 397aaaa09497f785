/**
 * Emulated devices and the buses that route the vCPU's port-I/O and MMIO exits to them.
 *
 * <p>{@link dev.mayfly.vmm.devices.legacy} holds the PC devices (16550 UART, exit port);
 * {@link dev.mayfly.vmm.devices.virtio} the virtio-mmio transport and virtqueues.
 */
package dev.mayfly.vmm.devices;
