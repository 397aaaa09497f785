/*
 * The compiled runtime's console hooks (built with -DTEAVM_CUSTOM_LOG): System.out and System.err
 * arrive here one code point at a time and leave as UTF-8 on the kernel console.
 */
#include "mayfly/kernel.h"
#include <uchar.h>
#include <wchar.h>

void teavm_logCodePoint(int32_t c) {
    char b[4];
    size_t n;
    uint32_t u = (uint32_t) c;
    if (u < 0x80) { b[0] = (char) u; n = 1; }
    else if (u < 0x800) { b[0] = (char) (0xC0 | (u >> 6)); b[1] = (char) (0x80 | (u & 0x3F)); n = 2; }
    else if (u < 0x10000) {
        b[0] = (char) (0xE0 | (u >> 12)); b[1] = (char) (0x80 | ((u >> 6) & 0x3F));
        b[2] = (char) (0x80 | (u & 0x3F)); n = 3;
    } else {
        b[0] = (char) (0xF0 | (u >> 18)); b[1] = (char) (0x80 | ((u >> 12) & 0x3F));
        b[2] = (char) (0x80 | ((u >> 6) & 0x3F)); b[3] = (char) (0x80 | (u & 0x3F)); n = 4;
    }
    console_write(b, n);
}

void teavm_printString(char16_t *s) {
    while (*s) {
        uint32_t c = *s++;
        if ((c & 0xFC00) == 0xD800 && (*s & 0xFC00) == 0xDC00) c = 0x10000 + ((c - 0xD800) << 10) + (*s++ - 0xDC00);
        teavm_logCodePoint((int32_t) c);
    }
}

void teavm_printWString(wchar_t *s) {
    while (*s) teavm_logCodePoint((int32_t) *s++);
}

void teavm_printInt(int32_t i) { console_printf("%d", i); }
