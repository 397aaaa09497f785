/* Loads from and stores to guest-physical addresses with no RAM and no device behind them,
   then exits with status 7 if the load read all ones, 8 otherwise. */
#include "pvh-note.inc"
    .text
    .code32
    .globl pvh_start
pvh_start:
    movl  $0x12345678, 0xe0000000   /* store into the device hole, no device: dropped */
    movl  0x08000000, %eax          /* load beyond 64 MiB of RAM: all ones */
    movl  0xbffffffc, %ecx          /* load just below the RAM ceiling, beyond RAM: all ones */
    and   %ecx, %eax
    cmp   $0xffffffff, %eax
    jne   1f
    mov   $7, %eax
    jmp   2f
1:  mov   $8, %eax
2:  mov   $0xf4, %dx
    out   %eax, (%dx)
3:  hlt
    jmp   3b
