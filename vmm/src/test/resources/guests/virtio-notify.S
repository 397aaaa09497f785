/* Drives the virtio-mmio device in slot 0 through initialization, notifies queue 0 (an ioeventfd write),
   polls InterruptStatus until the device answers, acknowledges it and exits with the device status. */
#include "pvh-note.inc"
    .text
    .code32
    .globl pvh_start
pvh_start:
    mov   $0xd0000000, %esi
    cmpl  $0x74726976, (%esi)       /* MagicValue "virt" */
    jne   bad
    cmpl  $2, 4(%esi)               /* Version */
    jne   bad
    movl  $1, 0x70(%esi)            /* Status: ACKNOWLEDGE */
    movl  $3, 0x70(%esi)            /* + DRIVER */
    movl  $1, 0x24(%esi)            /* DriverFeaturesSel = 1 */
    movl  $1, 0x20(%esi)            /* DriverFeatures: VIRTIO_F_VERSION_1 (bit 32) */
    movl  $0xb, 0x70(%esi)          /* + FEATURES_OK */
    movl  $0xf, 0x70(%esi)          /* + DRIVER_OK */
    movl  $0, 0x50(%esi)            /* QueueNotify: queue 0 */
1:  movl  0x60(%esi), %eax          /* InterruptStatus */
    test  %eax, %eax
    jz    1b
    movl  %eax, 0x64(%esi)          /* InterruptACK */
    movl  0x70(%esi), %eax          /* Status */
    jmp   exit
bad:
    mov   $99, %eax
exit:
    mov   $0xf4, %dx
    out   %eax, (%dx)
2:  hlt
    jmp   2b
