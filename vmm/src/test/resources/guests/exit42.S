/* Writes exit status 42 to the exit port, 4 bytes wide. */
#include "pvh-note.inc"
    .text
    .code32
    .globl pvh_start
pvh_start:
    mov   $42, %eax
    mov   $0xf4, %dx
    out   %eax, (%dx)
1:  hlt
    jmp   1b
