/* Programs channel 0 of the i8254 PIT (mode 2, count 0xFFFF), then latches and reads its counter
 * twice with a delay between: exit status 0 when the count moved (an in-kernel PIT answers), 1 when
 * it did not (ports nobody answers read as all ones). */
#include "pvh-note.inc"

/* Counter latch command for channel 0, then the latched count, low byte first, into \reg. */
.macro READ_COUNT reg
    xor   %eax, %eax
    out   %al, $0x43
    in    $0x40, %al
    mov   %al, %ah
    in    $0x40, %al
    xchg  %al, %ah
    movzwl %ax, \reg
.endm

    .text
    .code32
    .globl pvh_start
pvh_start:
    mov   $0x34, %al            /* channel 0, low then high byte, mode 2 (rate generator) */
    out   %al, $0x43
    mov   $0xff, %al
    out   %al, $0x40
    out   %al, $0x40
    READ_COUNT %esi
    mov   $200000, %ecx
1:  loop  1b
    READ_COUNT %edi
    mov   $1, %eax
    cmp   %esi, %edi
    je    2f
    xor   %eax, %eax
2:  mov   $0xf4, %dx
    out   %eax, (%dx)
3:  hlt
    jmp   3b
