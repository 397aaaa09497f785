/*
 * The native side of dev.mayfly.kernel.arch.NativeKernel (declared in mayfly/java.h).
 */
#include "mayfly/kernel.h"
#include "mayfly/java.h"

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
