/*
 * The C heap (malloc family) used by the compiled runtime for its own tables: power-of-two size
 * classes from 16 B to 2 KiB carved from frames, larger blocks as whole contiguous frames kept on
 * a first-fit free list. Small and rarely used after start-up, so simplicity wins.
 */
#include "mayfly/kernel.h"
#include <stdlib.h>
#include <string.h>

#define MIN_CLASS 4                          /* 16 bytes */
#define MAX_CLASS 11                         /* 2048 bytes */
#define HEADER 16                            /* keeps payloads 16-byte aligned */

struct block { size_t size; size_t class_or_large; };
struct large { struct large *next; size_t size; };

static void *class_free[MAX_CLASS + 1];
static struct large *large_free;

static int size_class(size_t n) {
    int c = MIN_CLASS;
    while (((size_t) 1 << c) < n) c++;
    return c;
}

static void *large_alloc(size_t total) {
    total = (total + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    for (struct large **p = &large_free; *p; p = &(*p)->next) {
        if ((*p)->size >= total) {
            struct large *l = *p;
            *p = l->next;
            return l;
        }
    }
    return frames_alloc_contiguous(total);
}

void *malloc(size_t n) {
    size_t total = n + HEADER;
    struct block *b;
    if (total <= ((size_t) 1 << MAX_CLASS)) {
        int c = size_class(total);
        if (!class_free[c]) {
            char *page = frame_alloc();
            if (!page) return 0;
            size_t sz = (size_t) 1 << c;
            for (size_t off = 0; off + sz <= PAGE_SIZE; off += sz) {
                *(void **) (page + off) = class_free[c];
                class_free[c] = page + off;
            }
        }
        b = class_free[c];
        class_free[c] = *(void **) b;
        b->size = n;
        b->class_or_large = (size_t) c;
    } else {
        size_t rounded = (total + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
        b = large_alloc(rounded);
        if (!b) return 0;
        b->size = n;
        b->class_or_large = rounded;
    }
    return (char *) b + HEADER;
}

void free(void *p) {
    if (!p) return;
    struct block *b = (struct block *) ((char *) p - HEADER);
    if (b->class_or_large <= MAX_CLASS) {
        int c = (int) b->class_or_large;
        *(void **) b = class_free[c];
        class_free[c] = b;
    } else {
        struct large *l = (struct large *) b;
        size_t size = b->class_or_large;
        l->size = size;
        l->next = large_free;
        large_free = l;
    }
}

void *calloc(size_t count, size_t size) {
    if (size && count > (size_t) -1 / size) return 0;
    void *p = malloc(count * size);
    if (p) memset(p, 0, count * size);
    return p;
}

void *realloc(void *p, size_t n) {
    if (!p) return malloc(n);
    struct block *b = (struct block *) ((char *) p - HEADER);
    if (n <= b->size) { b->size = n; return p; }
    void *q = malloc(n);
    if (!q) return 0;
    memcpy(q, p, b->size);
    free(p);
    return q;
}
