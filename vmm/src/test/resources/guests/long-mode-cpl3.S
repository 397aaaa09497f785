/* Enters 64-bit long mode from the PVH entry and drops to CPL 3, where kvm-pvm runs guests natively;
   prints a line, counts down 100 million iterations, prints another and exits with status 0.
   Everything sits at fixed offsets of one section linked at 1 MiB, so descriptors are assembler constants.
   CPL-0 part: 18 instructions. Page tables map the first 1 GiB with 2 MiB pages, U/S set at every level. */
#include "pvh-note.inc"
    .set BASE, 0x100000
    .set GDT, BASE + 0x800
    .set PML4, BASE + 0x1000
    .set PDPT, BASE + 0x2000
    .set PD, BASE + 0x3000
    .set TSS, BASE + 0x4000
    .set KERNEL_STACK_TOP, BASE + 0x6000
    .set USER_STACK_TOP, BASE + 0x8000
    .set TSS_LIMIT, 0x68 + 0x80            /* TSS, I/O bitmap for ports 0..0x3ff, 0xff terminator, minus 1 */
    .set PTE_P_RW_US, 0x7
    .set PDE_2MIB, 0x87                    /* P | RW | US | PS */

    .text
    .code32
    .globl pvh_start
pvh_start:
    mov   $KERNEL_STACK_TOP, %esp
    lgdt  gdt_pointer
    mov   $0x620, %eax                     /* CR4: PAE | OSFXSR | OSXMMEXCPT */
    mov   %eax, %cr4
    mov   $PML4, %eax
    mov   %eax, %cr3
    mov   $0xC0000080, %ecx                /* EFER */
    rdmsr
    or    $0x100, %eax                     /* LME */
    wrmsr
    mov   $0x80000011, %eax                /* CR0: PG | ET | PE */
    mov   %eax, %cr0
    ljmp  $0x08, $long_mode
    .code64
long_mode:
    mov   $0x28, %ax
    ltr   %ax
    pushq $0x1b                            /* SS: user data, RPL 3 */
    pushq $USER_STACK_TOP
    pushq $0x2                             /* RFLAGS: IF clear */
    pushq $0x23                            /* CS: user code, RPL 3 */
    pushq $user_main
    iretq

user_main:                                 /* CPL 3 from here on */
    mov   $0x3f8, %dx
    lea   started(%rip), %rsi
    mov   $(started_end - started), %ecx
    rep outsb
    mov   $100000000, %rcx
1:  dec   %rcx
    jnz   1b
    lea   finished(%rip), %rsi
    mov   $(finished_end - finished), %ecx
    rep outsb
    xor   %eax, %eax
    mov   $0xf4, %dx
    out   %eax, (%dx)
2:  jmp   2b

started: .ascii "cpl3: counting\n"
started_end:
finished: .ascii "cpl3: done\n"
finished_end:

    .org 0x7f0
gdt_pointer:
    .word 7 * 8 - 1
    .long GDT
    .org 0x800
    .quad 0                                /* null */
    .quad 0x00AF9A000000FFFF               /* 0x08 kernel code, 64-bit */
    .quad 0x00CF92000000FFFF               /* 0x10 kernel data */
    .quad 0x00CFF2000000FFFF               /* 0x18 user data, DPL 3 */
    .quad 0x00AFFA000000FFFF               /* 0x20 user code, 64-bit, DPL 3 */
    .quad (TSS_LIMIT & 0xFFFF) | ((TSS & 0xFFFFFF) << 16) | (0x89 << 40) | (((TSS >> 24) & 0xFF) << 56)  /* 0x28 TSS */
    .quad 0
    .org 0x1000
    .quad PDPT + PTE_P_RW_US
    .org 0x2000
    .quad PD + PTE_P_RW_US
    .org 0x3000
    .set page, 0
    .rept 512
    .quad (page << 21) | PDE_2MIB
    .set page, page + 1
    .endr
    .org 0x4000                            /* 64-bit TSS */
    .long 0
    .quad KERNEL_STACK_TOP                 /* RSP0 */
    .org 0x4000 + 0x66
    .word 0x68                             /* I/O permission bitmap offset */
    .org 0x4000 + 0x68 + 0x80
    .byte 0xff
    .org 0x8000
