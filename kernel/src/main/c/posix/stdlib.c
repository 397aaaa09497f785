/*
 * The rest of the libc surface of the compiled runtime: abort, rand, locale, and the UTF-8 to
 * UTF-16 conversion it uses for C strings.
 */
#include "mayfly/kernel.h"
#include <stdlib.h>
#include <uchar.h>
#include <wchar.h>
#include <locale.h>

static uint64_t rand_state = 1;

void srand(unsigned seed) { rand_state = seed; }

int rand(void) {
    rand_state = rand_state * 6364136223846793005UL + 1442695040888963407UL;
    return (int) ((rand_state >> 33) & RAND_MAX);
}

char *setlocale(int category, const char *locale) {
    (void) category; (void) locale;
    return "C";
}

__attribute__((noreturn)) void abort(void) {
    kernel_panic("abort() called by the runtime");
}

/*
 * UTF-8 -> UTF-16, one code unit per call. A supplementary character yields its high surrogate
 * (consuming all its bytes) and then, on the next call, its low surrogate with the result -3.
 * Malformed input yields -1.
 */
size_t mbrtoc16(char16_t *out, const char *s, size_t n, mbstate_t *state) {
    static mbstate_t internal;
    if (!state) state = &internal;
    if (state->__count == 1) {                            /* the low surrogate is due */
        if (out) *out = (char16_t) state->__value.__wch;
        state->__count = 0;
        return (size_t) -3;
    }
    if (!s) return 0;
    if (n == 0) return (size_t) -2;
    const unsigned char *u = (const unsigned char *) s;
    uint32_t cp;
    size_t len;
    if (u[0] < 0x80) { cp = u[0]; len = 1; }
    else if ((u[0] & 0xE0) == 0xC0) { cp = u[0] & 0x1F; len = 2; }
    else if ((u[0] & 0xF0) == 0xE0) { cp = u[0] & 0x0F; len = 3; }
    else if ((u[0] & 0xF8) == 0xF0) { cp = u[0] & 0x07; len = 4; }
    else return (size_t) -1;
    if (n < len) return (size_t) -2;
    for (size_t i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) return (size_t) -1;
        cp = (cp << 6) | (u[i] & 0x3F);
    }
    if (cp >= 0x10000) {
        cp -= 0x10000;
        if (out) *out = (char16_t) (0xD800 + (cp >> 10));
        state->__count = 1;
        state->__value.__wch = 0xDC00 + (cp & 0x3FF);
    } else if (out) {
        *out = (char16_t) cp;
    }
    return cp == 0 ? 0 : len;
}
