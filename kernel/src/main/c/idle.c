/*
 * The idle wait: halt until an interrupt or a deadline. `hlt` at CPL 3 raises #GP; the #GP stub
 * halts with interrupts enabled only if no event is pending (boot/pvh.S), so an interrupt that
 * lands between the check here and the `hlt` is never lost.
 */
#include "mayfly/kernel.h"

#define EVENT_TIMER 1UL

void idle_until(uint64_t deadline_ns) {
    for (;;) {
        __atomic_fetch_and(&mayfly_events_pending, ~EVENT_TIMER, __ATOMIC_SEQ_CST);
        if (mayfly_events_pending) return;                    /* a device wants attention */
        uint64_t now = clock_monotonic_ns();
        if (now >= deadline_ns) return;
        lapic_arm_oneshot_ns(deadline_ns - now);
        console_flush();
        __asm__ volatile("hlt" ::: "memory");                 /* -> #GP -> sti; hlt at CPL 0 */
    }
}
