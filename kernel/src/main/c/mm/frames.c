/*
 * The physical frame allocator: 4 KiB frames from the RAM regions of the boot memory map.
 * Frames are handed out from the top of a region (so contiguous allocations come from the bottom)
 * and freed frames go on a free list threaded through the frames themselves. All RAM below 1 GiB
 * is identity-mapped, so a frame's physical address is also its address.
 */
#include "mayfly/kernel.h"

#define MAX_REGIONS 16

struct region { uint64_t low, high; };        /* [low, high): not yet handed out */

static struct region regions[MAX_REGIONS];
static int region_count;
static void *free_list;                      /* each free frame's first word points to the next */
static uint64_t free_list_bytes;
static uint64_t total_bytes;

void frames_add_region(uint64_t start, uint64_t end) {
    start = (start + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    end &= ~(PAGE_SIZE - 1);
    if (end <= start || region_count == MAX_REGIONS) return;
    regions[region_count++] = (struct region) { start, end };
    total_bytes += end - start;
}

static void zero_frame(void *frame) {
    __asm__ volatile("rep stosq" : "+D"(frame), "+c"((uint64_t) { PAGE_SIZE / 8 }) : "a"(0UL) : "memory");
}

void *frame_alloc(void) {
    void *frame = 0;
    if (free_list) {
        frame = free_list;
        free_list = *(void **) frame;
        free_list_bytes -= PAGE_SIZE;
    } else {
        for (int i = 0; i < region_count; i++) {
            if (regions[i].high > regions[i].low) {
                regions[i].high -= PAGE_SIZE;
                frame = (void *) regions[i].high;
                break;
            }
        }
    }
    if (frame) zero_frame(frame);
    return frame;
}

void frame_free(void *frame) {
    *(void **) frame = free_list;
    free_list = frame;
    free_list_bytes += PAGE_SIZE;
}

void *frames_alloc_contiguous(size_t bytes) {
    bytes = (bytes + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    for (int i = 0; i < region_count; i++) {
        if (regions[i].high - regions[i].low >= bytes) {
            void *p = (void *) regions[i].low;
            regions[i].low += bytes;
            return p;
        }
    }
    return 0;
}

uint64_t frames_free_bytes(void) {
    uint64_t bytes = free_list_bytes;
    for (int i = 0; i < region_count; i++) bytes += regions[i].high - regions[i].low;
    return bytes;
}

uint64_t frames_total_bytes(void) { return total_bytes; }
