/*
 * The native kernel's internal interface: what the C parts of the kernel offer each other and the
 * compiled Java world (declared for TeaVM's @Import through mayfly/java.h).
 */
#ifndef MAYFLY_KERNEL_H
#define MAYFLY_KERNEL_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

/* Exit statuses of the VM that the kernel itself chooses (documented in README). */
#define MAYFLY_EXIT_UNCAUGHT 1     /* an uncaught exception in main, as the JVM does */
#define MAYFLY_EXIT_PANIC    101   /* a CPU exception or a kernel panic */

/* ---- boot (start.c) */
extern uint64_t mayfly_boot_tsc;               /* TSC at the PVH entry */
extern volatile uint64_t mayfly_events_pending; /* bits set by interrupt stubs: bit 0 timer, 1.. IRQs */
const char *kernel_cmdline(void);
const char *cmdline_value(const char *key);    /* "key=value" among the kernel parameters, or NULL */
bool cmdline_flag(const char *word);
extern uint64_t main_stack_bottom;             /* lowest address of the stack Java runs on */
__attribute__((noreturn)) void kernel_exit(int status);
__attribute__((noreturn)) void kernel_panic(const char *message);

/* ---- physical frames (mm/frames.c) */
#define PAGE_SIZE 4096UL
void frames_add_region(uint64_t start, uint64_t end);
void *frame_alloc(void);                       /* one zeroed 4 KiB frame, or NULL */
void frame_free(void *frame);
void *frames_alloc_contiguous(size_t bytes);   /* page-aligned, never freed; NULL if none left */
uint64_t frames_free_bytes(void);
uint64_t frames_total_bytes(void);

/* ---- virtual memory (mm/vm.c) */
void vm_init(void);
bool vm_handle_page_fault(uint64_t address, uint64_t error_code);   /* true: resume the faulting code */

/* ---- console (dev/uart.c) */
void console_write(const char *s, size_t n);
void console_puts(const char *s);
void console_flush(void);
void console_printf(const char *fmt, ...);

/* ---- time (dev/clock.c) */
void clock_init(void);
uint64_t rdtsc(void);
uint64_t clock_monotonic_ns(void);
int64_t clock_realtime_ns(void);
uint64_t clock_tsc_khz(void);

/* ---- local APIC timer (dev/lapic.c) */
void lapic_init(void);
void lapic_arm_oneshot_ns(uint64_t ns);
void lapic_disarm(void);
uint32_t lapic_current_count(void);

/* ---- idle: wait for an interrupt or until the deadline (idle.c) */
void idle_until(uint64_t deadline_ns);        /* returns on any event or when the deadline passes */

/* ---- port I/O from CPL 3 (permitted by the TSS I/O bitmap) */
static inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" :: "a"(v), "Nd"(port)); }
static inline void outl(uint16_t port, uint32_t v) { __asm__ volatile("outl %0, %1" :: "a"(v), "Nd"(port)); }
static inline uint8_t inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }

/* ---- string helpers (posix/string.c) */
int kstrncmp(const char *a, const char *b, size_t n);

#endif
