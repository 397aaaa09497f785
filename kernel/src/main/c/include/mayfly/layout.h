/*
 * Fixed physical memory layout of a Mayfly image: the addresses shared by the boot assembly,
 * the linker script and the C kernel. Everything below 1 GiB is identity-mapped.
 *
 * 0x00100000  image start: PVH entry, then the boot tables at fixed addresses (BOOT_TABLES)
 * 0x00200000+ the rest of the image (.text, .rodata, .data, .bss), then free RAM
 */
#ifndef MAYFLY_LAYOUT_H
#define MAYFLY_LAYOUT_H

#ifdef __ASSEMBLER__
#define UL(x) x
#else
#define UL(x) x##UL
#endif

#define IMAGE_BASE          0x100000

/* The boot tables: page-aligned, prebuilt as data so the CPL-0 path stays a few dozen instructions. */
#define BOOT_TABLES         0x101000
#define PML4_ADDR           (BOOT_TABLES + 0x0000)  /* level 4 */
#define PDPT_LOW_ADDR       (BOOT_TABLES + 0x1000)  /* level 3 for 0..512 GiB */
#define PD_LOW_ADDR         (BOOT_TABLES + 0x2000)  /* level 2: 0..1 GiB as 2 MiB pages */
#define PD_APIC_ADDR        (BOOT_TABLES + 0x3000)  /* level 2: 3..4 GiB, device memory, uncached */
#define GDT_ADDR            (BOOT_TABLES + 0x4000)
#define TSS_ADDR            (BOOT_TABLES + 0x4100)
#define IDT_ADDR            (BOOT_TABLES + 0x5000)  /* 256 gates x 16 bytes */
#define IOPB_ADDR           (TSS_ADDR + 0x68)       /* I/O permission bitmap: all ports open to CPL 3 */
#define IOPB_SIZE           0x80                    /* ports 0x000..0x3FF; higher ports fault */
#define STUBS_ADDR          (BOOT_TABLES + 0x8000)  /* 256 interrupt entry stubs, 16 bytes each */
#define INTR_STACK_TOP      (BOOT_TABLES + 0xF000)  /* RSP0: the CPL-0 stack for events (12 KiB) */
#define BOOT_TABLES_END     (BOOT_TABLES + 0xF000)

#define IDENTITY_MAP_LIMIT  UL(0x40000000)            /* 1 GiB identity-mapped with 2 MiB pages */
#define LAPIC_BASE          UL(0xFEE00000)
#define IOAPIC_BASE         UL(0xFEC00000)

/* GDT selectors (DESIGN.md, decision 11). */
#define SEL_KERNEL_CODE     0x08
#define SEL_KERNEL_DATA     0x10
#define SEL_USER_DATA       0x1B   /* 0x18 | RPL 3 */
#define SEL_USER_CODE       0x23   /* 0x20 | RPL 3 */
#define SEL_TSS             0x28

/* Interrupt vectors. */
#define VEC_GP              13
#define VEC_UD              6
#define VEC_TIMER           32     /* LAPIC timer, one-shot */
#define VEC_IRQ_BASE        33     /* device interrupts routed through the IOAPIC: 33..55 */
#define VEC_IRQ_LAST        55
#define VEC_SPURIOUS        0xFF

/* Ports. */
#define PORT_COM1           0x3F8
#define PORT_EXIT           0xF4   /* isa-debug-exit (QEMU) / the Mayfly VMM's exit port */

#endif
