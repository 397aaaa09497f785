/* A minimal virtio-net driver (virtio 1.2 §5.1) for the device in virtio-mmio slot 0: negotiates
   VERSION_1 and MAC, checks the MAC in the configuration space, gives the receive queue 8 buffers and
   transmits one ARP request "who has 10.0.2.2? tell 10.0.2.15". Then, woken by the device's interrupt
   (IOAPIC pin 5, vector 0x30, edge; interrupts are enabled only in "sti; hlt", and the handler resumes
   after the hlt without iret, which this machine's kvm-pvm cannot emulate in 32-bit mode), it handles each received frame:
     - an ARP reply from 10.0.2.2           -> exit 0x42
     - ethertype 0x88B5 with payload 'X', n -> exit n
     - anything else                        -> transmitted back unchanged (header included), then the
                                               buffer is given back to the receive queue.
   Failures during set-up exit with 0x90 + step. */
#include "pvh-note.inc"
#include "idt32.inc"
    .set BASE, 0x100000
    .set VIRTIO, 0xD0000000
    .set QSIZE, 8
    .set RXD, 0x200000
    .set RXA, 0x200800
    .set RXU, 0x201000
    .set TXD, 0x202000
    .set TXA, 0x202800
    .set TXU, 0x203000
    .set RXBUF, 0x210000
    .set TXBUF, 0x220000
    .set VARS, 0x230000
    .set RX_LAST, VARS
    .set RX_AVAIL, VARS + 4
    .set TX_AVAIL, VARS + 8
    .set SAVED_EAX, VARS + 12
    .set RESUME, VARS + 16
    .text
    .code32
    .globl pvh_start
pvh_start:
    jmp   main

    .org 0x10
irq_handler:                               /* entered only from a hlt, with IF clear */
    mov   %eax, SAVED_EAX
    mov   (%esp), %eax                     /* the interrupted EIP: right after the hlt */
    mov   %eax, RESUME
    add   $12, %esp                        /* drop EIP, CS, EFLAGS: resume with IF clear, no iret */
    movl  VIRTIO + 0x60, %eax              /* InterruptStatus */
    movl  %eax, VIRTIO + 0x64              /* InterruptACK */
    movl  $0, LAPIC_EOI
    mov   SAVED_EAX, %eax
    jmp   *RESUME

    .org 0x100
idt:
    .fill 0x30, 8, 0
    gate32 (BASE + 0x10)
idt_end:
idt_pointer:
    .word idt_end - idt - 1
    .long BASE + 0x100

    .org 0x300
main:
    mov   $0x180000, %esp
    lidt  idt_pointer
    mov   $0xff, %al
    out   %al, $0x21
    out   %al, $0xa1
    movl  $0x1ff, LAPIC_SVR
    movl  $(0x10 + 2 * 5), IOAPIC_SELECT   /* redirection entry 5: vector 0x30, fixed, edge, unmasked */
    movl  $0x30, IOAPIC_WINDOW
    movl  $(0x11 + 2 * 5), IOAPIC_SELECT
    movl  $0, IOAPIC_WINDOW
    movl  $0, RX_LAST
    movl  $0, RX_AVAIL
    movl  $0, TX_AVAIL

    mov   $VIRTIO, %esi
    mov   $0x90, %eax
    cmpl  $0x74726976, (%esi)              /* MagicValue "virt" */
    jne   exit
    mov   $0x91, %eax
    cmpl  $1, 8(%esi)                      /* DeviceID: network */
    jne   exit
    movl  $3, 0x70(%esi)                   /* ACKNOWLEDGE | DRIVER */
    movl  $0, 0x24(%esi)
    movl  $0x20, 0x20(%esi)                /* VIRTIO_NET_F_MAC (bit 5) */
    movl  $1, 0x24(%esi)
    movl  $1, 0x20(%esi)                   /* VIRTIO_F_VERSION_1 (bit 32) */
    movl  $0xb, 0x70(%esi)                 /* + FEATURES_OK */
    mov   $0x92, %eax
    testl $8, 0x70(%esi)
    jz    exit
    mov   $0x93, %eax
    cmpb  $0x52, 0x100(%esi)               /* config: mac = 52:54:00:12:34:56 */
    jne   exit
    cmpb  $0x56, 0x105(%esi)
    jne   exit

    movl  $0, 0x30(%esi)                   /* QueueSel 0: receive */
    mov   $0x94, %eax
    cmpl  $QSIZE, 0x34(%esi)               /* QueueNumMax */
    jb    exit
    movl  $QSIZE, 0x38(%esi)
    movl  $RXD, 0x80(%esi)
    movl  $0, 0x84(%esi)
    movl  $RXA, 0x90(%esi)
    movl  $0, 0x94(%esi)
    movl  $RXU, 0xa0(%esi)
    movl  $0, 0xa4(%esi)
    movl  $1, 0x44(%esi)                   /* QueueReady */
    movl  $1, 0x30(%esi)                   /* QueueSel 1: transmit */
    movl  $QSIZE, 0x38(%esi)
    movl  $TXD, 0x80(%esi)
    movl  $0, 0x84(%esi)
    movl  $TXA, 0x90(%esi)
    movl  $0, 0x94(%esi)
    movl  $TXU, 0xa0(%esi)
    movl  $0, 0xa4(%esi)
    movl  $1, 0x44(%esi)

    xor   %ecx, %ecx                       /* receive descriptors: 8 device-writable 2 KiB buffers */
1:  mov   %ecx, %eax
    shl   $4, %eax
    add   $RXD, %eax
    mov   %ecx, %edx
    shl   $11, %edx
    add   $RXBUF, %edx
    mov   %edx, (%eax)
    movl  $0, 4(%eax)
    movl  $0x800, 8(%eax)
    movw  $2, 12(%eax)                     /* VIRTQ_DESC_F_WRITE */
    movw  $0, 14(%eax)
    movw  %cx, (RXA + 4)(,%ecx,2)
    inc   %ecx
    cmp   $QSIZE, %ecx
    jb    1b
    movw  $QSIZE, (RXA + 2)
    movl  $QSIZE, RX_AVAIL
    movl  $0xf, 0x70(%esi)                 /* + DRIVER_OK */
    mov   $0x95, %eax
    testl $0x40, 0x70(%esi)                /* DEVICE_NEEDS_RESET? */
    jnz   exit
    movl  $0, 0x50(%esi)                   /* QueueNotify 0 (an ioeventfd) */

    mov   $arp_request, %ebx
    mov   $(arp_request_end - arp_request), %ecx
    call  transmit

wait:
    cli
    movzwl (RXU + 2), %eax                 /* used idx of the receive queue */
    cmpw  RX_LAST, %ax
    jne   received
    sti
    hlt                                    /* sti; hlt: no wake-up is lost in between */
    jmp   wait

received:
    movzwl RX_LAST, %eax
    and   $(QSIZE - 1), %eax
    mov   (RXU + 4)(,%eax,8), %edx         /* used element: id */
    mov   (RXU + 8)(,%eax,8), %ecx         /* used element: len (header + frame) */
    incw  RX_LAST
    and   $(QSIZE - 1), %edx
    mov   %edx, %ebx
    shl   $11, %ebx
    add   $RXBUF, %ebx                     /* %ebx: the buffer, 12-byte header first */
    push  %edx
    movzwl 24(%ebx), %eax                  /* ethertype (network order) */
    cmp   $0x0608, %eax                    /* 08 06: ARP */
    jne   2f
    cmpw  $0x0200, 32(%ebx)                /* operation 2: reply */
    jne   echo
    cmpl  $0x0202000a, 40(%ebx)            /* sender 10.0.2.2 */
    jne   echo
    mov   $0x42, %eax
    jmp   exit
2:  cmp   $0xb588, %eax                    /* 88 b5: the test's "exit" frame */
    jne   echo
    cmpb  $'X', 26(%ebx)
    jne   echo
    movzbl 27(%ebx), %eax
    jmp   exit
echo:
    call  transmit                         /* %ebx = buffer, %ecx = header + frame */
    pop   %edx
    movzwl RX_AVAIL, %eax                  /* give the buffer back */
    and   $(QSIZE - 1), %eax
    movw  %dx, (RXA + 4)(,%eax,2)
    incw  RX_AVAIL
    movzwl RX_AVAIL, %eax
    movw  %ax, (RXA + 2)
    movl  $0, 0x50(%esi)                   /* QueueNotify 0 */
    jmp   wait

/* Transmits %ecx bytes (12-byte header + frame) from %ebx through a copy in the next transmit slot. */
transmit:
1:  cli
    movzwl TX_AVAIL, %eax
    movzwl (TXU + 2), %edx
    sub   %edx, %eax
    and   $0xffff, %eax
    cmp   $QSIZE, %eax
    jb    2f
    sti
    hlt                                    /* all 8 slots in flight: wait for a used buffer */
    jmp   1b
2:  movzwl TX_AVAIL, %eax
    and   $(QSIZE - 1), %eax               /* slot = descriptor index */
    mov   %eax, %edx
    shl   $11, %edx
    add   $TXBUF, %edx
    push  %esi
    push  %ecx
    mov   %ebx, %esi
    mov   %edx, %edi
    rep movsb
    pop   %ecx
    pop   %esi
    mov   %eax, %edi
    shl   $4, %edi
    add   $TXD, %edi
    mov   %edx, (%edi)
    movl  $0, 4(%edi)
    mov   %ecx, 8(%edi)
    movw  $0, 12(%edi)                     /* device-readable, no next */
    movw  $0, 14(%edi)
    movw  %ax, (TXA + 4)(,%eax,2)          /* avail ring slot = the same index */
    incw  TX_AVAIL
    movzwl TX_AVAIL, %eax
    movw  %ax, (TXA + 2)
    movl  $1, 0x50(%esi)                   /* QueueNotify 1 */
    ret

exit:
    mov   $0xf4, %dx
    out   %eax, (%dx)
3:  hlt
    jmp   3b

arp_request:
    .fill 12, 1, 0                         /* virtio_net_hdr: no flags, GSO_NONE */
    .byte 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 0x08, 0x06
    .byte 0x00, 0x01, 0x08, 0x00, 6, 4, 0x00, 0x01             /* Ethernet/IPv4, request */
    .byte 0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 10, 0, 2, 15     /* sender */
    .byte 0, 0, 0, 0, 0, 0, 10, 0, 2, 2                         /* target */
    .fill 18, 1, 0                                              /* padding to 60 bytes */
arp_request_end:
