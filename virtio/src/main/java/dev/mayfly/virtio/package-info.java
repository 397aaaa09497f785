/**
 * Virtio 1.2 as data: register offsets, status and feature bits, device types and the split
 * virtqueue layout, over a small memory interface.
 *
 * <p>Shared by the kernel's drivers (running ahead-of-time compiled inside the image) and the
 * VMM's devices (running on HotSpot), so it is plain Java: no threads, no reflection, no
 * {@code java.lang.foreign}. Section numbers refer to "Virtual I/O Device (VIRTIO) Version 1.2".
 */
package dev.mayfly.virtio;
