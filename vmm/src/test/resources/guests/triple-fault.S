/* Loads an empty IDT and raises an exception: no handler, no double-fault handler, so the CPU shuts down. */
#include "pvh-note.inc"
    .text
    .code32
    .globl pvh_start
pvh_start:
    lidt  empty_idt
    ud2
empty_idt:
    .word 0
    .long 0
