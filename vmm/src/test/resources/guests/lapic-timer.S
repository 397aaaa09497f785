/* Arms the local APIC timer one-shot (vector 0x31), halts with interrupts on, and exits from the
   timer's handler with status 0x31: the in-kernel LAPIC and its timer work. */
#include "pvh-note.inc"
#include "idt32.inc"
    .set BASE, 0x100000
    .set HANDLER, BASE + 0x200
    .text
    .code32
    .globl pvh_start
pvh_start:
    mov   $(BASE + 0x1000), %esp
    lidt  idt_pointer
    mov   $0xff, %al                       /* mask both legacy PICs */
    out   %al, $0x21
    out   %al, $0xa1
    movl  $0x1ff, LAPIC_SVR                /* APIC software-enabled, spurious vector 0xff */
    movl  $0xb, LAPIC_DIVIDE               /* divide by 1 */
    movl  $0x31, LAPIC_LVT_TIMER           /* one-shot, vector 0x31 */
    movl  $100000, LAPIC_INITIAL_COUNT
    sti
1:  hlt
    jmp   1b
idt_pointer:
    .word 0x32 * 8 - 1
    .long idt

    .org 0x200
timer_handler:
    movl  $0, LAPIC_EOI
    mov   $0x31, %eax
    mov   $0xf4, %dx
    out   %eax, (%dx)
2:  hlt
    jmp   2b

    .org 0x400
idt:
    .fill 0x31, 8, 0
    gate32 HANDLER
