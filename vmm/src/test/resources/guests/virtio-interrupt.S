/* Routes IOAPIC pin 5 (virtio-mmio slot 0) to vector 0x30, starts the device, notifies queue 0 and
   halts with interrupts on; the handler acknowledges InterruptStatus and exits with 0x100 + its value.
   The notification goes through the ioeventfd and the interrupt through the irqfd. */
#include "pvh-note.inc"
#include "idt32.inc"
    .set BASE, 0x100000
    .set HANDLER, BASE + 0x200
    .set VIRTIO, 0xD0000000
    .text
    .code32
    .globl pvh_start
pvh_start:
    mov   $(BASE + 0x1000), %esp
    lidt  idt_pointer
    mov   $0xff, %al
    out   %al, $0x21
    out   %al, $0xa1
    movl  $0x1ff, LAPIC_SVR
    movl  $(0x10 + 2 * 5), IOAPIC_SELECT   /* redirection entry 5, low: vector 0x30, fixed, edge, unmasked */
    movl  $0x30, IOAPIC_WINDOW
    movl  $(0x11 + 2 * 5), IOAPIC_SELECT   /* high: destination APIC 0 */
    movl  $0, IOAPIC_WINDOW
    mov   $VIRTIO, %esi
    movl  $3, 0x70(%esi)                   /* ACKNOWLEDGE | DRIVER */
    movl  $1, 0x24(%esi)
    movl  $1, 0x20(%esi)                   /* VIRTIO_F_VERSION_1 */
    movl  $0xb, 0x70(%esi)                 /* + FEATURES_OK */
    movl  $0xf, 0x70(%esi)                 /* + DRIVER_OK */
    movl  $0, 0x50(%esi)                   /* QueueNotify */
    sti
1:  hlt
    jmp   1b
idt_pointer:
    .word 0x31 * 8 - 1
    .long idt

    .org 0x200
virtio_handler:
    mov   $VIRTIO, %esi
    movl  0x60(%esi), %eax                 /* InterruptStatus */
    movl  %eax, 0x64(%esi)                 /* InterruptACK */
    movl  $0, LAPIC_EOI
    add   $0x100, %eax
    mov   $0xf4, %dx
    out   %eax, (%dx)
2:  hlt
    jmp   2b

    .org 0x400
idt:
    .fill 0x30, 8, 0
    gate32 HANDLER
