/*
 * The console: a 16550 UART at COM1 (0x3F8), written a line at a time with `rep outsb`, so a
 * whole line costs one exit to the hypervisor instead of one per byte (DESIGN.md: a port-I/O
 * exit costs ~27 us on kvm-pvm).
 */
#include "mayfly/kernel.h"
#include "mayfly/layout.h"
#include <stdarg.h>

#define CONSOLE_BUFFER 4096

static char buffer[CONSOLE_BUFFER];
static size_t used;

void console_flush(void) {
    if (used == 0) return;
    const char *p = buffer;
    size_t n = used;
    __asm__ volatile("rep outsb" : "+S"(p), "+c"(n) : "d"((uint16_t) PORT_COM1) : "memory");
    used = 0;
}

void console_write(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        buffer[used++] = s[i];
        if (used == CONSOLE_BUFFER || s[i] == '\n') console_flush();
    }
}

void console_puts(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    console_write(s, n);
}

static void put_unsigned(uint64_t v, unsigned base, int width, char pad) {
    char digits[24];
    int n = 0;
    do { digits[n++] = "0123456789abcdef"[v % base]; v /= base; } while (v);
    while (n < width) digits[n++] = pad;
    while (n) console_write(&digits[--n], 1);
}

/* A small printf for kernel messages: %s %c %d %u %x %lx %lu %ld %016lx %p %%. */
void console_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { console_write(p, 1); continue; }
        p++;
        char pad = ' ';
        int width = 0;
        bool is_long = false;
        if (*p == '0') { pad = '0'; p++; }
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        if (*p == 'l') { is_long = true; p++; }
        switch (*p) {
        case 's': { const char *s = va_arg(ap, const char *); console_puts(s ? s : "(null)"); break; }
        case 'c': { char c = (char) va_arg(ap, int); console_write(&c, 1); break; }
        case 'd': {
            int64_t v = is_long ? va_arg(ap, int64_t) : va_arg(ap, int);
            if (v < 0) { console_write("-", 1); v = -v; }
            put_unsigned((uint64_t) v, 10, width, pad);
            break;
        }
        case 'u': put_unsigned(is_long ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 10, width, pad); break;
        case 'x': put_unsigned(is_long ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 16, width, pad); break;
        case 'p': console_puts("0x"); put_unsigned((uint64_t) va_arg(ap, void *), 16, 16, '0'); break;
        case '%': console_write("%", 1); break;
        default: console_write(p - 1, 2); break;
        }
    }
    va_end(ap);
}
