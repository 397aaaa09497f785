/*
 * The boot path of a Mayfly image: the PVH entry, the prebuilt boot tables and the CPL-0
 * interrupt entry stubs.
 *
 * Everything in this file runs at CPL 0, which kvm-pvm emulates at ~2 us per instruction
 * (DESIGN.md, decision 11), so it is kept to a few dozen instructions: page tables, GDT, TSS and
 * IDT are data assembled at fixed addresses (include/mayfly/layout.h), and the only CPL-0 code after
 * boot is the interrupt entry: record the event, acknowledge it, return.
 *
 * Xen PVH boot ABI (xen/include/public/arch-x86/hvm/start_info.h): the loader enters
 * XEN_ELFNOTE_PHYS32_ENTRY in 32-bit protected mode, paging off, flat segments,
 * EBX = physical address of struct hvm_start_info.
 */
#include "mayfly/layout.h"

#define XEN_ELFNOTE_PHYS32_ENTRY 18
#define MSR_EFER                 0xC0000080
#define EFER_LME                 0x100
#define MSR_FS_BASE              0xC0000100
#define CR0_BOOT                 0x80000033   /* PG | NE | ET | MP | PE; EM = TS = 0 so SSE runs */
#define CR4_BOOT                 0x620        /* PAE | OSFXSR | OSXMMEXCPT */
#define PTE_P   0x1
#define PTE_RW  0x2
#define PTE_US  0x4                           /* kvm-pvm enforces U/S for CPL-3 code: set at every level */
#define PTE_PWT 0x8
#define PTE_PCD 0x10
#define PTE_PS  0x80
#define RFLAGS_IF_RESERVED 0x202
#define LAPIC_EOI          0xB0

/* ---------------------------------------------------------------- the PVH note */
        .section .note.pvh, "a", @note
        .balign 4
        .long 4                             /* namesz: "Xen\0" */
        .long 8                             /* descsz: an 8-byte address for ELF64 */
        .long XEN_ELFNOTE_PHYS32_ENTRY
        .asciz "Xen"
        .quad pvh_entry

/* ---------------------------------------------------------------- entry: 32-bit, paging off */
        .section .boot.entry, "ax", @progbits
        .code32
        .globl pvh_entry
pvh_entry:
        rdtsc                               /* boot trace: TSC at the first instruction */
        mov   %eax, mayfly_boot_tsc
        mov   %edx, mayfly_boot_tsc + 4
        mov   %ebx, %edi                    /* hvm_start_info, first argument of mayfly_start */
        lgdt  gdt_pointer
        mov   $CR4_BOOT, %eax
        mov   %eax, %cr4
        mov   $PML4_ADDR, %eax
        mov   %eax, %cr3
        mov   $MSR_EFER, %ecx
        rdmsr
        or    $EFER_LME, %eax
        wrmsr
        mov   $CR0_BOOT, %eax
        mov   %eax, %cr0
        ljmp  $SEL_KERNEL_CODE, $long_entry

        .code64
long_entry:
        mov   $SEL_TSS, %eax
        ltr   %ax
        lidt  idt_pointer
        mov   %edi, %edi                    /* upper halves are undefined after the mode switch */
        mov   $MSR_FS_BASE, %ecx            /* %fs -> the thread block: musl's stack-protector canary at %fs:0x28 */
        mov   $mayfly_thread_block, %eax
        xor   %edx, %edx
        wrmsr
        mov   $INTR_STACK_TOP, %esp
        push  $SEL_USER_DATA                /* iretq frame: to CPL 3, interrupts on */
        push  $mayfly_boot_stack_top
        push  $RFLAGS_IF_RESERVED
        push  $SEL_USER_CODE
        push  $user_entry
        iretq

gdt_pointer:
        .word 6 * 8 + 16 - 1
        .long GDT_ADDR
idt_pointer:
        .word 256 * 16 - 1
        .quad IDT_ADDR

/* ---------------------------------------------------------------- the boot tables (fixed addresses) */
        .section .boot.tables, "awx", @progbits
        .balign 4096
boot_tables:
        /* PML4: slot 0 covers 0..512 GiB. Slots 1.. are filled at run time by the heap mapper. */
        .quad PDPT_LOW_ADDR + (PTE_P | PTE_RW | PTE_US)
        .fill 511, 8, 0
        /* PDPT for 0..512 GiB: 0..1 GiB RAM, 3..4 GiB device memory (APICs, virtio-mmio) */
        .quad PD_LOW_ADDR + (PTE_P | PTE_RW | PTE_US)
        .quad 0, 0
        .quad PD_APIC_ADDR + (PTE_P | PTE_RW | PTE_US)
        .fill 508, 8, 0
        /* PD 0..1 GiB: identity, 2 MiB pages */
        .set page, 0
        .rept 512
        .quad (page << 21) + (PTE_P | PTE_RW | PTE_US | PTE_PS)
        .set page, page + 1
        .endr
        /* PD 3..4 GiB: all of it as uncached device memory (virtio-mmio windows of the Mayfly VMM at
           0xD0000000 and of QEMU microvm at 0xFEB00000, the IOAPIC, the LAPIC); no RAM lives here */
        .set page, 0
        .rept 512
        .quad UL(0xC0000000) + (page << 21) + (PTE_P | PTE_RW | PTE_US | PTE_PS | PTE_PCD | PTE_PWT)
        .set page, page + 1
        .endr

        /* GDT (DESIGN.md decision 11): null, kernel code64, kernel data, user data, user code64, TSS */
        .org GDT_ADDR - BOOT_TABLES
        .quad 0
        .quad 0x00AF9B000000FFFF
        .quad 0x00CF93000000FFFF
        .quad 0x00CFF3000000FFFF
        .quad 0x00AFFB000000FFFF
#define TSS_LIMIT (0x68 + IOPB_SIZE)
        .quad (TSS_LIMIT & 0xFFFF) | ((TSS_ADDR & 0xFFFFFF) << 16) | (0x89 << 40) | (((TSS_ADDR >> 24) & 0xFF) << 56)
        .quad 0

        /* 64-bit TSS: RSP0 is the interrupt stack; the I/O bitmap (zero bits) opens ports 0..0x3FF to CPL 3 */
        .org TSS_ADDR - BOOT_TABLES
        .long 0
        .quad INTR_STACK_TOP
        .fill 0x66 - 12, 1, 0
        .word 0x68
        .fill IOPB_SIZE, 1, 0
        .byte 0xFF

        /* IDT: 256 DPL-0 64-bit interrupt gates, gate v -> stub v */
        .org IDT_ADDR - BOOT_TABLES
        .set vec, 0
        .rept 256
        .set stub, STUBS_ADDR + vec * 16
        .quad (stub & 0xFFFF) | (SEL_KERNEL_CODE << 16) | (0x8E << 40) | (((stub >> 16) & 0xFFFF) << 48)
        .quad 0
        .set vec, vec + 1
        .endr

/*
 * Interrupt entry stubs, 16 bytes each. Vectors 0..31 are CPU exceptions; #GP (the idle `hlt`
 * from CPL 3) and #UD (`ud2` standing for `invlpg`) have fast paths. 32 is the LAPIC timer,
 * 33..55 device interrupts: each sets its bit in mayfly_events_pending. The rest are spurious.
 */
        .org STUBS_ADDR - BOOT_TABLES
        .set vec, 0
        .rept 256
        .org STUBS_ADDR - BOOT_TABLES + vec * 16
        .if vec == VEC_GP
        jmp   gp_entry
        .elseif vec == VEC_UD
        jmp   ud_entry
        .elseif vec == 8 || (vec >= 10 && vec <= 14) || vec == 17 || vec == 21 || vec == 29 || vec == 30
        pushq $vec                           /* the CPU pushed an error code */
        jmp   exception_entry
        .elseif vec < 32
        pushq $0
        pushq $vec
        jmp   exception_entry
        .elseif vec <= 55
        push  %rax
        mov   $(1 << (vec - 32)), %eax
        jmp   event_entry
        .else
        iretq
        .endif
        .set vec, vec + 1
        .endr
        .org BOOT_TABLES_END - BOOT_TABLES

/* ---------------------------------------------------------------- CPL-0 handlers */
        .section .text.intr, "ax", @progbits
        .code64

/* A timer or device interrupt: record it, acknowledge the LAPIC, return. 6 instructions. */
event_entry:
        or    %rax, mayfly_events_pending
        mov   $(LAPIC_BASE + LAPIC_EOI), %eax
        movl  $0, (%rax)
        pop   %rax
        iretq

/*
 * #GP. If it is the idle `hlt` of CPL 3 and no event is pending, halt with interrupts enabled
 * (sti's one-instruction shadow makes `sti; hlt` atomic, so a wake-up is never lost); either way
 * resume after the 1-byte hlt. Any other #GP is a fault.
 */
gp_entry:
        push  %rax
        mov   16(%rsp), %rax                /* faulting RIP (above saved rax and error code) */
        cmpb  $0xF4, (%rax)
        jne   1f
        cmpq  $0, mayfly_events_pending
        jne   2f
        sti
        hlt
        cli
2:      incq  16(%rsp)
        pop   %rax
        add   $8, %rsp                      /* drop the error code */
        iretq
1:      pop   %rax
        pushq $VEC_GP
        jmp   exception_entry

/* #UD. `ud2` from CPL 3 means `invlpg (%rdi)`; any other #UD is a fault. */
ud_entry:
        push  %rax
        mov   8(%rsp), %rax
        cmpw  $0x0B0F, (%rax)
        jne   1f
        invlpg (%rdi)
        addq  $2, 8(%rsp)
        pop   %rax
        iretq
1:      pop   %rax
        pushq $0
        pushq $VEC_UD
        jmp   exception_entry

/*
 * A CPU exception: save the machine state into mayfly_fault_frame and continue at CPL 3 in
 * mayfly_fault (C) on the fault stack, with interrupts on (interrupt stubs only record events,
 * and a fault that the kernel resolves — a demand-paged page — must resume the faulting code at
 * CPL 3 with interrupts on, which only an iretq from CPL 0 could change later). Stack: vector,
 * error, rip, cs, rflags, rsp, ss.
 */
exception_entry:
        mov   %rax, mayfly_fault_frame + 0
        mov   %rbx, mayfly_fault_frame + 8
        mov   %rcx, mayfly_fault_frame + 16
        mov   %rdx, mayfly_fault_frame + 24
        mov   %rsi, mayfly_fault_frame + 32
        mov   %rdi, mayfly_fault_frame + 40
        mov   %rbp, mayfly_fault_frame + 48
        mov   %r8,  mayfly_fault_frame + 56
        mov   %r9,  mayfly_fault_frame + 64
        mov   %r10, mayfly_fault_frame + 72
        mov   %r11, mayfly_fault_frame + 80
        mov   %r12, mayfly_fault_frame + 88
        mov   %r13, mayfly_fault_frame + 96
        mov   %r14, mayfly_fault_frame + 104
        mov   %r15, mayfly_fault_frame + 112
        mov   %cr2, %rax
        mov   %rax, mayfly_fault_frame + 120
        mov   $mayfly_fault_frame + 128, %rdi  /* vector, error, rip, cs, rflags, rsp, ss */
        mov   %rsp, %rsi
        mov   $7, %ecx
        rep movsq
        pushq $SEL_USER_DATA
        pushq $mayfly_fault_stack_top
        pushq $RFLAGS_IF_RESERVED
        pushq $SEL_USER_CODE
        pushq $fault_landing
        iretq

/* ---------------------------------------------------------------- CPL-3 entry */
        .text

/*
 * Resumes the code a resolved fault interrupted (CPL 3 -> CPL 3): the registers come back from
 * mayfly_fault_frame, and an iretq on the fault stack restores RIP, RFLAGS (flags included) and
 * RSP at once, so the faulting code's red zone is never touched. An iretq to the same privilege
 * level leaves RFLAGS.IF as it is (on).
 */
/*
 * CPL 3, fault stack: keep the interrupted code's x87/SSE state (the C handler may use XMM
 * registers, and the interrupted code may have live values in them), then handle the fault.
 */
fault_landing:
        fxsave mayfly_fault_fpu
        call  mayfly_fault
        ud2

        .globl mayfly_fault_resume
mayfly_fault_resume:
        fxrstor mayfly_fault_fpu
        mov   $mayfly_fault_stack_top, %rsp
        pushq mayfly_fault_frame + 128 + 48   /* ss */
        pushq mayfly_fault_frame + 128 + 40   /* rsp */
        pushq mayfly_fault_frame + 128 + 32   /* rflags */
        pushq mayfly_fault_frame + 128 + 24   /* cs */
        pushq mayfly_fault_frame + 128 + 16   /* rip */
        mov   mayfly_fault_frame + 0, %rax
        mov   mayfly_fault_frame + 8, %rbx
        mov   mayfly_fault_frame + 16, %rcx
        mov   mayfly_fault_frame + 24, %rdx
        mov   mayfly_fault_frame + 32, %rsi
        mov   mayfly_fault_frame + 40, %rdi
        mov   mayfly_fault_frame + 48, %rbp
        mov   mayfly_fault_frame + 56, %r8
        mov   mayfly_fault_frame + 64, %r9
        mov   mayfly_fault_frame + 72, %r10
        mov   mayfly_fault_frame + 80, %r11
        mov   mayfly_fault_frame + 88, %r12
        mov   mayfly_fault_frame + 96, %r13
        mov   mayfly_fault_frame + 104, %r14
        mov   mayfly_fault_frame + 112, %r15
        iretq

user_entry:                                 /* CPL 3, RSP 16-byte aligned, RDI = hvm_start_info */
        xor   %ebp, %ebp
        call  mayfly_start
        ud2

        .bss
        .balign 16
        .globl mayfly_boot_tsc, mayfly_events_pending, mayfly_fault_frame, mayfly_thread_block
mayfly_thread_block:    .fill 8, 8, 0         /* the one thread block; +0x28 holds the stack-protector canary */
mayfly_boot_tsc:        .quad 0
mayfly_events_pending:  .quad 0
mayfly_fault_frame:     .fill 24, 8, 0
        .balign 16
mayfly_fault_fpu:       .fill 512, 1, 0       /* fxsave area of the interrupted code */
        .balign 16
        .fill 16384, 1, 0
mayfly_boot_stack_top:
        .fill 8192, 1, 0
mayfly_fault_stack_top:
