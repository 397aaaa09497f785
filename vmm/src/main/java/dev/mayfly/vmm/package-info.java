/**
 * The Mayfly VMM: a virtual machine monitor on Linux KVM, written in Java with {@code java.lang.foreign},
 * that boots PVH images (the Mayfly kernel, or anything else following Xen's PVH ABI).
 *
 * <p>Start with {@link dev.mayfly.vmm.MicroVm#builder()}. Sub-packages, one per concern:
 * {@code kvm} (bindings), {@code vstate} (VM, vCPU, guest memory), {@code boot} (PVH loader),
 * {@code devices.legacy} (UART, exit port), {@code devices.virtio} (virtio-mmio transport).
 * Every failure meant for a user is a {@link dev.mayfly.vmm.VmmException} with a one-line message.
 */
package dev.mayfly.vmm;
