/* Halts with interrupts off forever: only the VMM can end it (stop or timeout). */
#include "pvh-note.inc"
    .text
    .code32
    .globl pvh_start
pvh_start:
    cli
1:  hlt
    jmp   1b
