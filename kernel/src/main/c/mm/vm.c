/*
 * Virtual memory for the compiled runtime's heap: mmap(PROT_NONE) reserves address space above
 * 512 GiB without backing it; mprotect(PROT_READ|PROT_WRITE) maps zeroed 4 KiB frames on demand
 * and mprotect(PROT_NONE)/munmap give them back. This is the part of POSIX that TeaVM's
 * teavm_initHeap and teavm_gc_resizeHeap use (DESIGN.md, decision 3).
 *
 * Every reservation gets a window of its own (RESERVATION_WINDOW bytes of address space), and a
 * not-present page fault anywhere inside a window maps a zeroed frame and resumes
 * (vm_handle_page_fault). This is what makes TeaVM 0.16.0's collector safe here: its work space
 * (teavm_initHeap reserves max heap / 16 for it, and commits current heap / 16) holds one 8-byte
 * entry per free chunk and the relocation blocks after them, with no bounds check — a fragmented
 * heap (e.g. HashMap churn: ~32768 free chunks in a 4 MiB heap) writes past the committed part,
 * which is SIGSEGV on Linux and was a page fault panic here. Backing the window on demand lets
 * the work space grow as far as the collector needs (at most ~2x the heap, inside the window).
 *
 * Page-table pages are user-accessible (kvm-pvm enforces U/S for CPL-3 code). A present -> absent
 * change needs a TLB flush: `ud2` with the address in RDI stands for `invlpg` (the #UD stub
 * performs it at CPL 0, see boot/pvh.S).
 */
#include "mayfly/kernel.h"
#include "mayfly/layout.h"
#include <sys/mman.h>
#include <unistd.h>
#include <errno.h>

#define PTE_P  0x1UL
#define PTE_RW 0x2UL
#define PTE_US 0x4UL
#define PTE_PS 0x80UL
#define PTE_ADDR_MASK 0x000FFFFFFFFFF000UL
#define TABLE_FLAGS (PTE_P | PTE_RW | PTE_US)
#define PF_ERROR_PRESENT 0x1UL                    /* Intel SDM vol. 3A §4.7: the page was present */

#define HEAP_VA_BASE  (1UL << 39)                 /* PML4 slot 1: 512 GiB */
#define HEAP_VA_LIMIT (HEAP_VA_BASE + (1UL << 39))
#define RESERVE_ALIGN (2UL << 20)
#define RESERVATION_WINDOW (32UL << 30)           /* > 2 x the largest heap (below 2 GiB) + its tables */

static uint64_t *const pml4 = (uint64_t *) PML4_ADDR;
static uint64_t next_reservation = HEAP_VA_BASE;

int errno;
int *__errno_location(void) { return &errno; }

void vm_init(void) {}

static inline void flush_tlb_page(uint64_t va) {
    /* `ud2` with RDI = va: the #UD stub runs `invlpg (%rdi)` at CPL 0 and resumes after it. */
    __asm__ volatile("ud2" :: "D"(va) : "memory");
}

/* The next-level table under *entry, allocating a zeroed one when create is set. */
static uint64_t *next_table(uint64_t *entry, bool create) {
    if (!(*entry & PTE_P)) {
        if (!create) return 0;
        void *table = frame_alloc();
        if (!table) return 0;
        *entry = (uint64_t) table | TABLE_FLAGS;
    }
    return (uint64_t *) (*entry & PTE_ADDR_MASK);
}

static uint64_t *leaf_entry(uint64_t va, bool create) {
    uint64_t *pdpt = next_table(&pml4[(va >> 39) & 511], create);
    if (!pdpt) return 0;
    uint64_t *pd = next_table(&pdpt[(va >> 30) & 511], create);
    if (!pd) return 0;
    uint64_t *pt = next_table(&pd[(va >> 21) & 511], create);
    if (!pt) return 0;
    return &pt[(va >> 12) & 511];
}

static bool in_heap_space(uint64_t va, size_t len) {
    return va >= HEAP_VA_BASE && va + len <= next_reservation && va + len >= va;
}

static int map_range(uint64_t va, size_t len) {
    for (uint64_t p = va; p < va + len; p += PAGE_SIZE) {
        uint64_t *pte = leaf_entry(p, true);
        if (!pte) { errno = ENOMEM; return -1; }
        if (*pte & PTE_P) continue;
        void *frame = frame_alloc();
        if (!frame) { errno = ENOMEM; return -1; }
        *pte = (uint64_t) frame | PTE_P | PTE_RW | PTE_US;   /* absent -> present needs no flush */
    }
    return 0;
}

static void unmap_range(uint64_t va, size_t len) {
    for (uint64_t p = va; p < va + len; p += PAGE_SIZE) {
        uint64_t *pte = leaf_entry(p, false);
        if (!pte || !(*pte & PTE_P)) continue;
        void *frame = (void *) (*pte & PTE_ADDR_MASK);
        *pte = 0;
        flush_tlb_page(p);
        frame_free(frame);
    }
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
    (void) addr; (void) fd; (void) off;
    if (!(flags & MAP_ANONYMOUS) || len == 0) { errno = ENOSYS; return MAP_FAILED; }
    uint64_t size = (len + RESERVE_ALIGN - 1) & ~(RESERVE_ALIGN - 1);
    if (size > RESERVATION_WINDOW || next_reservation + RESERVATION_WINDOW > HEAP_VA_LIMIT) {
        errno = ENOMEM;
        return MAP_FAILED;
    }
    uint64_t va = next_reservation;
    next_reservation += RESERVATION_WINDOW;
    if (prot != PROT_NONE && map_range(va, len) != 0) return MAP_FAILED;
    return (void *) va;
}

int mprotect(void *addr, size_t len, int prot) {
    uint64_t va = (uint64_t) addr;
    if ((va & (PAGE_SIZE - 1)) || !in_heap_space(va, len)) { errno = EINVAL; return -1; }
    len = (len + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    if (prot == PROT_NONE) { unmap_range(va, len); return 0; }
    return map_range(va, len);
}

/*
 * A page fault at CPL 3 (from mayfly_fault): a not-present fault inside a reservation window
 * gets a zeroed frame and the faulting instruction runs again. Returns false for any other
 * fault (a protection fault, an address outside the windows, or no memory left).
 */
bool vm_handle_page_fault(uint64_t address, uint64_t error_code) {
    if (error_code & PF_ERROR_PRESENT) return false;
    if (address < HEAP_VA_BASE || address >= next_reservation) return false;
    return map_range(address & ~(PAGE_SIZE - 1), PAGE_SIZE) == 0;
}

int munmap(void *addr, size_t len) {
    return mprotect(addr, len, PROT_NONE);
}

long sysconf(int name) {
    if (name == _SC_PAGESIZE) return PAGE_SIZE;
    errno = EINVAL;
    return -1;
}
