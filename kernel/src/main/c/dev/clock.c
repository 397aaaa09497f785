/*
 * Time: a monotonic clock from the TSC and the wall clock from the CMOS RTC read once at boot.
 * The TSC rate comes from the `tsc_khz=` kernel parameter (the Mayfly VMM passes KVM's value);
 * without it the kernel measures the TSC against the 1 GHz local APIC timer for 1 ms.
 */
#include "mayfly/kernel.h"

#define CMOS_INDEX 0x70
#define CMOS_DATA  0x71
#define RTC_SECONDS 0x00
#define RTC_MINUTES 0x02
#define RTC_HOURS   0x04
#define RTC_DAY     0x07
#define RTC_MONTH   0x08
#define RTC_YEAR    0x09
#define RTC_STATUS_B 0x0B
#define RTC_BINARY   0x04
#define RTC_24H      0x02
#define CALIBRATION_NS 1000000UL

void lapic_start_calibration(void);
void lapic_end_calibration(void);

static uint64_t tsc_khz;
static int64_t epoch_ns_at_boot;      /* wall clock at mayfly_boot_tsc */

uint64_t rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t) hi << 32) | lo;
}

uint64_t clock_tsc_khz(void) { return tsc_khz; }

uint64_t clock_monotonic_ns(void) {
    uint64_t ticks = rdtsc() - mayfly_boot_tsc;
    /* ticks * 1e6 / khz without overflow for centuries: split into seconds and remainder */
    uint64_t per_second = tsc_khz * 1000;
    return (ticks / per_second) * 1000000000UL + (ticks % per_second) * 1000000UL / tsc_khz;
}

int64_t clock_realtime_ns(void) { return epoch_ns_at_boot + (int64_t) clock_monotonic_ns(); }

static uint8_t cmos_read(uint8_t index) {
    outb(CMOS_INDEX, index);
    return inb(CMOS_DATA);
}

static int from_bcd(uint8_t v, bool binary) { return binary ? v : (v & 0x0F) + (v >> 4) * 10; }

/* Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
static int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct rtc_time { int sec, min, hour, day, month, year; };

static struct rtc_time rtc_read_once(bool binary, bool hours24) {
    struct rtc_time t;
    t.sec = from_bcd(cmos_read(RTC_SECONDS), binary);
    t.min = from_bcd(cmos_read(RTC_MINUTES), binary);
    uint8_t raw_hour = cmos_read(RTC_HOURS);
    t.day = from_bcd(cmos_read(RTC_DAY), binary);
    t.month = from_bcd(cmos_read(RTC_MONTH), binary);
    t.year = from_bcd(cmos_read(RTC_YEAR), binary) + 2000;
    t.hour = from_bcd(raw_hour & 0x7F, binary);
    if (!hours24 && (raw_hour & 0x80)) t.hour = (t.hour % 12) + 12;
    return t;
}

/*
 * Reads the RTC (MC146818). Each port access exits to the hypervisor (~100 us under QEMU on
 * kvm-pvm), so instead of polling the update-in-progress flag the time is read, and read again
 * only if the seconds moved meanwhile. Returns -1 when no plausible clock answers.
 */
static int64_t read_rtc_epoch_seconds(void) {
    uint8_t b = cmos_read(RTC_STATUS_B);
    bool binary = b & RTC_BINARY, hours24 = b & RTC_24H;
    struct rtc_time t = rtc_read_once(binary, hours24);
    if (from_bcd(cmos_read(RTC_SECONDS), binary) != t.sec) t = rtc_read_once(binary, hours24);
    if (t.sec > 59 || t.min > 59 || t.hour > 23 || t.day < 1 || t.day > 31 || t.month < 1 || t.month > 12) return -1;
    return days_from_civil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.min * 60 + t.sec;
}

static uint64_t parse_u64(const char *s) {
    uint64_t v = 0;
    while (s && *s >= '0' && *s <= '9') v = v * 10 + (uint64_t) (*s++ - '0');
    return v;
}

static uint64_t calibrate_tsc_khz(void) {
    lapic_start_calibration();
    uint32_t c0 = lapic_current_count();
    uint64_t t0 = rdtsc();
    uint32_t c1;
    do { c1 = lapic_current_count(); } while (c0 - c1 < CALIBRATION_NS);
    uint64_t t1 = rdtsc();
    lapic_end_calibration();
    return (t1 - t0) * 1000000UL / (c0 - c1);
}

void clock_init(void) {
    tsc_khz = parse_u64(cmdline_value("tsc_khz"));
    if (tsc_khz == 0) tsc_khz = calibrate_tsc_khz();
    if (tsc_khz == 0) kernel_panic("cannot determine the TSC frequency");
    int64_t seconds = read_rtc_epoch_seconds();
    uint64_t since_boot = clock_monotonic_ns();
    epoch_ns_at_boot = seconds < 0 ? 0 : seconds * 1000000000L - (int64_t) since_boot;
}
