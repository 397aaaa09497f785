/*
 * The local APIC timer, programmed from CPL 3 through its MMIO page (mapped U=1, uncached):
 * one-shot only, armed for the next deadline (tickless; DESIGN.md: each timer interrupt costs
 * 40-100 us on kvm-pvm). With divide-by-1 the timer counts at the 1 GHz APIC bus frequency that
 * KVM and QEMU both emulate, so one count is one nanosecond.
 * Intel SDM vol. 3A §11.5.4 (APIC timer).
 */
#include "mayfly/kernel.h"
#include "mayfly/layout.h"

#define LAPIC_SVR        0xF0
#define LAPIC_LVT_TIMER  0x320
#define LAPIC_TMICT      0x380     /* initial count */
#define LAPIC_TMCCT      0x390     /* current count */
#define LAPIC_TDCR       0x3E0     /* divide configuration */
#define LAPIC_SVR_ENABLE 0x100
#define LAPIC_LVT_MASKED 0x10000
#define LAPIC_TDCR_DIV1  0xB

static inline volatile uint32_t *reg(uint32_t offset) {
    return (volatile uint32_t *) (LAPIC_BASE + offset);
}

void lapic_init(void) {
    *reg(LAPIC_SVR) = LAPIC_SVR_ENABLE | VEC_SPURIOUS;
    *reg(LAPIC_TDCR) = LAPIC_TDCR_DIV1;
    *reg(LAPIC_LVT_TIMER) = VEC_TIMER;            /* one-shot, unmasked */
}

void lapic_arm_oneshot_ns(uint64_t ns) {
    if (ns == 0) ns = 1;
    if (ns > 0xFFFFFFFFUL) ns = 0xFFFFFFFFUL;     /* ~4.3 s; the idle loop re-arms */
    *reg(LAPIC_TMICT) = (uint32_t) ns;
}

void lapic_disarm(void) { *reg(LAPIC_TMICT) = 0; }

uint32_t lapic_current_count(void) { return *reg(LAPIC_TMCCT); }

/* Starts a free-running masked count, for calibrating the TSC against the 1 GHz APIC clock. */
void lapic_start_calibration(void) {
    *reg(LAPIC_LVT_TIMER) = VEC_TIMER | LAPIC_LVT_MASKED;
    *reg(LAPIC_TMICT) = 0xFFFFFFFFU;
}

void lapic_end_calibration(void) {
    *reg(LAPIC_TMICT) = 0;
    *reg(LAPIC_LVT_TIMER) = VEC_TIMER;
}
