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

#endif
