/*
 * The clock, timer and signal functions that TeaVM's event loop uses to sleep
 * (fiber.c: timer_create/timer_settime/sigwaitinfo, and raise(SIGRTMIN) to wake itself).
 * There is one process and one timer, so each call maps directly onto the kernel's idle wait.
 */
#include "mayfly/kernel.h"
#include <time.h>
#include <signal.h>
#include <errno.h>

#define MAYFLY_SIGRTMIN 34

static uint64_t timer_deadline_ns;     /* 0: disarmed */
static volatile bool self_signalled;

/*
 * The event loop's head deadline in CLOCK_REALTIME milliseconds, as the loop itself computed it:
 * TeaVM's EventQueue reads System.currentTimeMillis() (our clock_gettime(CLOCK_REALTIME)) and
 * then arms the timer for head.time - now, with nothing in between. The network's device-event
 * hook uses it to schedule its own event without overtaking the head (docs/ARCHITECTURE.md).
 */
static int64_t last_realtime_ms;
static int64_t queue_head_ms = INT64_MAX;

int64_t mayfly_queue_head_ms(void) { return queue_head_ms; }

/* Called with the device event bits taken from mayfly_events_pending while the event loop waits;
   the Java network layer overrides this (dev.mayfly.kernel.arch.DeviceEvents). */
__attribute__((weak)) void mayfly_java_device_events(int64_t bits) { (void) bits; }
__attribute__((weak)) int64_t mayfly_java_before_idle(void) { return 0; }

int clock_gettime(clockid_t clock, struct timespec *ts) {
    uint64_t ns;
    if (clock == CLOCK_REALTIME) {
        ns = (uint64_t) clock_realtime_ns();
        last_realtime_ms = (int64_t) (ns / 1000000UL);
    } else if (clock == CLOCK_MONOTONIC) ns = clock_monotonic_ns();
    else { errno = EINVAL; return -1; }
    ts->tv_sec = (time_t) (ns / 1000000000UL);
    ts->tv_nsec = (long) (ns % 1000000000UL);
    return 0;
}

time_t time(time_t *out) {
    time_t t = (time_t) (clock_realtime_ns() / 1000000000L);
    if (out) *out = t;
    return t;
}

int __libc_current_sigrtmin(void) { return MAYFLY_SIGRTMIN; }

int timer_create(clockid_t clock, struct sigevent *sev, timer_t *timer) {
    (void) clock; (void) sev;
    *timer = (timer_t) 1;
    return 0;
}

int timer_settime(timer_t timer, int flags, const struct itimerspec *value, struct itimerspec *old) {
    (void) timer; (void) flags; (void) old;
    uint64_t ns = (uint64_t) value->it_value.tv_sec * 1000000000UL + (uint64_t) value->it_value.tv_nsec;
    timer_deadline_ns = ns ? clock_monotonic_ns() + ns : 0;
    queue_head_ms = ns ? last_realtime_ms + (int64_t) (ns / 1000000UL) : INT64_MAX;
    return 0;
}

/* Waits for the timer, a raise(SIGRTMIN) or a device event, whichever comes first. */
int sigwaitinfo(const sigset_t *set, siginfo_t *info) {
    (void) set;
    if (info) info->si_signo = MAYFLY_SIGRTMIN;
    for (;;) {
        if (self_signalled) { self_signalled = false; return MAYFLY_SIGRTMIN; }
        if (timer_deadline_ns && clock_monotonic_ns() >= timer_deadline_ns) {
            timer_deadline_ns = 0;
            return MAYFLY_SIGRTMIN;
        }
        uint64_t pending_devices = __atomic_fetch_and(&mayfly_events_pending, 1UL, __ATOMIC_SEQ_CST) & ~1UL;
        if (pending_devices) {
            /* Device interrupts only recorded bits (DESIGN.md decision 5); Java handles them at this
               safe point: the hook schedules the network's event, then the loop runs it. */
            mayfly_java_device_events((int64_t) pending_devices);
            return MAYFLY_SIGRTMIN;
        }
        /* Drivers keep their interrupts off while the kernel is busy (it polls them anyway); the
           hook turns them on and reports work that arrived meanwhile, which must not wait. */
        uint64_t arrived = (uint64_t) mayfly_java_before_idle();
        if (arrived) {
            __atomic_fetch_or(&mayfly_events_pending, arrived, __ATOMIC_SEQ_CST);
            continue;
        }
        idle_until(timer_deadline_ns ? timer_deadline_ns : UINT64_MAX);
    }
}

int raise(int sig) {
    if (sig != MAYFLY_SIGRTMIN) kernel_panic("raise() of a signal other than SIGRTMIN");
    self_signalled = true;
    return 0;
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *old) {
    (void) sig; (void) act; (void) old;
    return 0;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old) {
    (void) how; (void) set; (void) old;
    return 0;
}

int sigemptyset(sigset_t *set) {
    for (size_t i = 0; i < sizeof(set->__val) / sizeof(set->__val[0]); i++) set->__val[i] = 0;
    return 0;
}

int sigaddset(sigset_t *set, int sig) {
    set->__val[(sig - 1) / 64] |= 1UL << ((sig - 1) % 64);
    return 0;
}
