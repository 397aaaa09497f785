/*
 * Ending the VM: the exit status leaves through the exit port (QEMU's isa-debug-exit at 0xF4,
 * which QEMU turns into the process status (v << 1) | 1; the Mayfly VMM takes v as it is),
 * and CPU exceptions become a panic report on the console.
 */
#include "mayfly/kernel.h"
#include "mayfly/layout.h"

__attribute__((noreturn)) void kernel_exit(int status) {
    console_flush();
    outl(PORT_EXIT, (uint32_t) status);
    for (;;) __asm__ volatile("hlt");          /* no exit device: idle forever */
}

__attribute__((noreturn)) void kernel_panic(const char *message) {
    console_printf("\nMayfly kernel panic: %s\n", message);
    kernel_exit(MAYFLY_EXIT_PANIC);
}

/* Filled by the exception stub in boot/pvh.S. */
struct fault_frame {
    uint64_t rax, rbx, rcx, rdx, rsi, rdi, rbp, r8, r9, r10, r11, r12, r13, r14, r15, cr2;
    uint64_t vector, error, rip, cs, rflags, rsp, ss;
};
extern struct fault_frame mayfly_fault_frame;

static const char *const exception_names[32] = {
    "divide error", "debug", "NMI", "breakpoint", "overflow", "bound range exceeded", "invalid opcode",
    "device not available", "double fault", "coprocessor segment overrun", "invalid TSS",
    "segment not present", "stack-segment fault", "general protection fault", "page fault", "reserved",
    "x87 floating-point error", "alignment check", "machine check", "SIMD floating-point exception",
    "virtualization exception", "control protection exception",
};

/* Java's stack trace at the fault, when the runtime can give it (see dev.mayfly.kernel.Panic). */
__attribute__((weak)) void mayfly_java_stack_trace(void) {}

#define VEC_PAGE_FAULT 14
extern __attribute__((noreturn)) void mayfly_fault_resume(void);   /* boot/pvh.S */

/*
 * Entered at CPL 3 on the fault stack after a CPU exception. A page fault the memory manager
 * resolves (a demand-paged reservation, mm/vm.c) resumes the faulting code; anything else is a
 * panic.
 */
__attribute__((noreturn)) void mayfly_fault(void) {
    const struct fault_frame *f = &mayfly_fault_frame;
    if (f->vector == VEC_PAGE_FAULT && (f->cs & 3) == 3 && vm_handle_page_fault(f->cr2, f->error)) {
        mayfly_fault_resume();
    }
    const char *name = f->vector < 32 && exception_names[f->vector] ? exception_names[f->vector] : "exception";
    console_printf("\nMayfly kernel panic: %s (vector %lu, error code 0x%lx)\n", name, f->vector, f->error);
    console_printf("  RIP %016lx  CS %lx  RFLAGS %016lx  CR2 %016lx\n", f->rip, f->cs, f->rflags, f->cr2);
    console_printf("  RSP %016lx  SS %lx\n", f->rsp, f->ss);
    console_printf("  RAX %016lx  RBX %016lx  RCX %016lx  RDX %016lx\n", f->rax, f->rbx, f->rcx, f->rdx);
    console_printf("  RSI %016lx  RDI %016lx  RBP %016lx  R8  %016lx\n", f->rsi, f->rdi, f->rbp, f->r8);
    console_printf("  R9  %016lx  R10 %016lx  R11 %016lx  R12 %016lx\n", f->r9, f->r10, f->r11, f->r12);
    console_printf("  R13 %016lx  R14 %016lx  R15 %016lx\n", f->r13, f->r14, f->r15);
    mayfly_java_stack_trace();
    kernel_exit(MAYFLY_EXIT_PANIC);
}
