/*
 * The native kernel functions that the kernel's Java code calls through TeaVM's @Import
 * (dev.mayfly.kernel.arch.NativeKernel). Each is safe to call from Java at any time.
 */
#ifndef MAYFLY_JAVA_H
#define MAYFLY_JAVA_H

#include <stdint.h>

const char *mayfly_cmdline(void);               /* the kernel command line, NUL-terminated */
void mayfly_set_exit_status(int32_t status);    /* the status used when main's thread ends */
void mayfly_exit(int32_t status);               /* ends the VM now (flushes the console) */
int64_t mayfly_boot_tsc_value(void);            /* TSC at the PVH entry */
int64_t mayfly_rdtsc(void);
int64_t mayfly_java_start_tsc(void);
void mayfly_print_boot_steps(void);             /* the native boot steps with their times */           /* TSC when the kernel called the Java world */
int64_t mayfly_tsc_khz(void);
int64_t mayfly_free_memory(void);               /* bytes of RAM not yet handed out */
int64_t mayfly_total_memory(void);              /* bytes of RAM the kernel manages */
void mayfly_fit_heap(void);                     /* caps the Java heap's growth to the RAM present */
void mayfly_console_write(const char *bytes, int32_t length);
int64_t mayfly_main_stack_bottom(void);         /* lowest address of the main stack */
void mayfly_panic(const char *message);         /* kernel panic with this message; does not return */

/* devices */
int64_t mayfly_irq_route(int32_t pin);           /* IOAPIC pin -> its event bit, 0 if not routable */
int64_t mayfly_take_device_events(void);        /* device event bits, cleared */
int64_t mayfly_queue_head_ms(void);             /* the event loop's head deadline (realtime ms) */
int32_t mayfly_mmio_read32(int64_t address);
void mayfly_mmio_write32(int64_t address, int32_t value);
int32_t mayfly_mmio_read8(int64_t address);
void mayfly_memory_barrier(void);
int64_t mayfly_dma_alloc(int64_t bytes);        /* zeroed, page-aligned, never freed; 0 if none left */
void mayfly_copy(int64_t dst, int64_t src, int32_t length);

#endif
