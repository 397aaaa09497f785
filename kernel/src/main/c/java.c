/*
 * The native side of dev.mayfly.kernel.arch.NativeKernel (declared in mayfly/java.h).
 */
#include "mayfly/kernel.h"
#include "mayfly/java.h"
#include <string.h>

extern int64_t teavm_gc_maxAvailableBytes;
extern int64_t teavm_gc_availableBytes;

const char *mayfly_cmdline(void) { return kernel_cmdline(); }
void mayfly_exit(int32_t status) { kernel_exit(status); }
int64_t mayfly_boot_tsc_value(void) { return (int64_t) mayfly_boot_tsc; }
int64_t mayfly_rdtsc(void) { return (int64_t) rdtsc(); }
int64_t mayfly_tsc_khz(void) { return (int64_t) clock_tsc_khz(); }
int64_t mayfly_free_memory(void) { return (int64_t) frames_free_bytes(); }
int64_t mayfly_total_memory(void) { return (int64_t) frames_total_bytes(); }
void mayfly_console_write(const char *bytes, int32_t length) { console_write(bytes, (size_t) length); }
int64_t mayfly_main_stack_bottom(void) { return (int64_t) main_stack_bottom; }
void mayfly_panic(const char *message) { kernel_panic(message); }

/*
 * The image fixes the heap's maximum at build time; the RAM of this VM may be smaller. Cap the
 * heap's growth so that it, the collector's work space (1/16 of the heap) and its region tables
 * fit into the RAM still free, keeping 1 MiB for the kernel's own needs.
 */
#define KERNEL_RESERVE (1L << 20)
void mayfly_fit_heap(void) {
    int64_t available = (int64_t) frames_free_bytes() + teavm_gc_availableBytes - KERNEL_RESERVE;
    int64_t fitting = available / 17 * 16;
    if (fitting < teavm_gc_availableBytes) fitting = teavm_gc_availableBytes;
    if (fitting < teavm_gc_maxAvailableBytes) teavm_gc_maxAvailableBytes = fitting;
}

/* ---- devices (dev.mayfly.kernel.arch.DeviceMemory, Interrupts) */

uint64_t ioapic_route(uint32_t pin);

int64_t mayfly_irq_route(int32_t pin) { return pin < 0 ? 0 : (int64_t) ioapic_route((uint32_t) pin); }

/* Device bits of mayfly_events_pending, taken (cleared) atomically; bit 0 (the timer) stays. */
int64_t mayfly_take_device_events(void) {
    return (int64_t) (__atomic_fetch_and(&mayfly_events_pending, 1UL, __ATOMIC_SEQ_CST) & ~1UL);
}

/* Device registers: volatile accesses of the exact width, never merged or reordered by gcc. */
int32_t mayfly_mmio_read32(int64_t address) { return (int32_t) *(volatile uint32_t *) address; }
void mayfly_mmio_write32(int64_t address, int32_t value) { *(volatile uint32_t *) address = (uint32_t) value; }
int32_t mayfly_mmio_read8(int64_t address) { return *(volatile uint8_t *) address; }

/* A full barrier: orders the driver's ring writes against the device (virtio 1.2 §2.7.13). */
void mayfly_memory_barrier(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }

/* Zeroed, page-aligned memory that never moves and is never freed: for virtqueues and DMA buffers. */
int64_t mayfly_dma_alloc(int64_t bytes) {
    if (bytes <= 0) return 0;
    void *p = frames_alloc_contiguous((size_t) bytes);
    if (p) {
        char *c = p;
        for (int64_t i = 0; i < bytes; i++) c[i] = 0;
    }
    return (int64_t) p;
}

void mayfly_copy(int64_t dst, int64_t src, int32_t length) {
    if (length > 0) memcpy((void *) dst, (const void *) src, (size_t) length);
}
