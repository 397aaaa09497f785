/*
 * The I/O APIC: routes a device's interrupt pin to a vector of this CPU. Programmed from CPL 3
 * through its MMIO window (mapped U=1, uncached): IOREGSEL at +0x00 selects a register, IOWIN at
 * +0x10 reads or writes it. Redirection entries are edge-triggered, active high, fixed delivery to
 * the local APIC of this (only) CPU: the Mayfly VMM pulses its pins through KVM irqfds, and an
 * edge-triggered entry needs no EOI at the I/O APIC (82093AA datasheet §3.2.4).
 */
#include "mayfly/kernel.h"
#include "mayfly/layout.h"

#define IOAPIC_REGSEL     0x00
#define IOAPIC_WINDOW     0x10
#define IOAPIC_VERSION    0x01
#define IOAPIC_REDTBL(n)  (0x10 + 2 * (n))
#define LAPIC_ID          0x20
#define REDIR_MASKED      0x10000

static inline volatile uint32_t *ioapic_reg(uint32_t offset) {
    return (volatile uint32_t *) (IOAPIC_BASE + offset);
}

static uint32_t ioapic_read(uint32_t index) {
    *ioapic_reg(IOAPIC_REGSEL) = index;
    return *ioapic_reg(IOAPIC_WINDOW);
}

static void ioapic_write(uint32_t index, uint32_t value) {
    *ioapic_reg(IOAPIC_REGSEL) = index;
    *ioapic_reg(IOAPIC_WINDOW) = value;
}

/* Routes pin to VEC_IRQ_BASE + pin; returns the event bit the interrupt sets in
   mayfly_events_pending, or 0 if the pin cannot be routed. */
uint64_t ioapic_route(uint32_t pin) {
    uint32_t pins = ((ioapic_read(IOAPIC_VERSION) >> 16) & 0xFF) + 1;
    uint32_t vector = VEC_IRQ_BASE + pin;
    if (pin >= pins || vector > VEC_IRQ_LAST) return 0;
    uint32_t apic_id = *(volatile uint32_t *) (LAPIC_BASE + LAPIC_ID) >> 24;
    ioapic_write(IOAPIC_REDTBL(pin), REDIR_MASKED);
    ioapic_write(IOAPIC_REDTBL(pin) + 1, apic_id << 24);
    ioapic_write(IOAPIC_REDTBL(pin), vector);       /* fixed, physical, active high, edge, unmasked */
    return 1UL << (vector - VEC_TIMER);
}
