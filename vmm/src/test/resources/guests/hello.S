/* Checks hvm_start_info, prints a greeting and the kernel command line with rep outsb, exits with status 0. */
#include "pvh-note.inc"
    .text
    .code32
    .globl pvh_start
pvh_start:
    cld
    cmpl  $0x336ec578, (%ebx)       /* hvm_start_info.magic */
    jne   bad
    cmpl  $1, 4(%ebx)               /* version */
    jne   bad
    cmpl  $3, 48(%ebx)              /* memmap_entries: reserved boot data, low RAM, high RAM */
    jne   bad
    mov   $0x3f8, %dx
    mov   $greeting, %esi
    mov   $(greeting_end - greeting), %ecx
    rep outsb
    mov   24(%ebx), %edi            /* cmdline_paddr */
    mov   %edi, %esi
    xor   %eax, %eax
    mov   $-1, %ecx
    repne scasb
    not   %ecx
    dec   %ecx
    rep outsb
    mov   $newline, %esi
    mov   $1, %ecx
    rep outsb
    xor   %eax, %eax
    jmp   exit
bad:
    mov   $99, %eax
exit:
    mov   $0xf4, %dx
    out   %eax, (%dx)
1:  hlt
    jmp   1b
greeting: .ascii "Hello from a PVH guest\ncmdline: "
greeting_end:
newline: .ascii "\n"
