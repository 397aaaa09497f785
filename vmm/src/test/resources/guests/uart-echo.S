/* Polls the UART's line status until a byte arrives, echoes it and exits with it as the status. */
#include "pvh-note.inc"
    .text
    .code32
    .globl pvh_start
pvh_start:
    mov   $0x3fd, %dx                      /* LSR */
1:  in    (%dx), %al
    test  $1, %al                          /* data ready */
    jz    1b
    mov   $0x3f8, %dx
    in    (%dx), %al                       /* RBR */
    out   %al, (%dx)                       /* THR: echo */
    movzbl %al, %eax
    mov   $0xf4, %dx
    out   %eax, (%dx)
2:  hlt
    jmp   2b
