/*
 * The C entry of the kernel: reached at CPL 3 from the PVH boot path with the hvm_start_info
 * pointer; brings up memory, console, clock and timer, then runs the compiled Java world.
 */
#include "mayfly/kernel.h"
#include "mayfly/layout.h"
#include "mayfly/java.h"

/* Xen PVH start info, version 1 (xen/include/public/arch-x86/hvm/start_info.h). */
#define HVM_START_MAGIC_VALUE 0x336ec578
#define HVM_MEMMAP_TYPE_RAM   1

struct hvm_start_info {
    uint32_t magic;
    uint32_t version;
    uint32_t flags;
    uint32_t nr_modules;
    uint64_t modlist_paddr;
    uint64_t cmdline_paddr;
    uint64_t rsdp_paddr;
    uint64_t memmap_paddr;      /* version >= 1 */
    uint32_t memmap_entries;
    uint32_t reserved;
};

struct hvm_memmap_table_entry {
    uint64_t addr;
    uint64_t size;
    uint32_t type;
    uint32_t reserved;
};

#define CMDLINE_MAX 4096
#define MAIN_STACK_DEFAULT (2UL << 20)

extern char mayfly_image_end[];
extern int main(int argc, char **argv);      /* the compiled Java world (TeaVM's generated main) */

static char cmdline[CMDLINE_MAX];
static char *main_argv[] = { "mayfly", 0 };
static int java_exit_status;
uint64_t main_stack_bottom;

const char *kernel_cmdline(void) { return cmdline; }

/* The kernel's own parameters are the words before a lone "--"; the application's come after. */
const char *cmdline_value(const char *key) {
    size_t klen = 0;
    while (key[klen]) klen++;
    const char *p = cmdline;
    while (*p) {
        while (*p == ' ') p++;
        if (p[0] == '-' && p[1] == '-' && (p[2] == ' ' || p[2] == 0)) return 0;
        if (kstrncmp(p, key, klen) == 0 && p[klen] == '=') return p + klen + 1;
        while (*p && *p != ' ') p++;
    }
    return 0;
}

bool cmdline_flag(const char *word) {
    size_t len = 0;
    while (word[len]) len++;
    const char *p = cmdline;
    while (*p) {
        while (*p == ' ') p++;
        if (p[0] == '-' && p[1] == '-' && (p[2] == ' ' || p[2] == 0)) return false;
        if (kstrncmp(p, word, len) == 0 && (p[len] == ' ' || p[len] == 0)) return true;
        while (*p && *p != ' ') p++;
    }
    return false;
}

static uint64_t parse_size(const char *s, uint64_t fallback) {
    if (!s) return fallback;
    uint64_t v = 0;
    while (*s >= '0' && *s <= '9') v = v * 10 + (uint64_t) (*s++ - '0');
    if (*s == 'k' || *s == 'K') v <<= 10;
    else if (*s == 'm' || *s == 'M') v <<= 20;
    return v ? v : fallback;
}

static void take_memory_map(const struct hvm_start_info *info) {
    uint64_t image_end = (uint64_t) mayfly_image_end;
    if (info->version < 1 || info->memmap_entries == 0) {
        kernel_panic("the boot loader passed no memory map (PVH start_info version 1 needed)");
    }
    const struct hvm_memmap_table_entry *e = (const void *) info->memmap_paddr;
    for (uint32_t i = 0; i < info->memmap_entries; i++) {
        if (e[i].type != HVM_MEMMAP_TYPE_RAM) continue;
        uint64_t start = e[i].addr, end = e[i].addr + e[i].size;
        if (start < image_end) start = image_end;            /* below: the image and low memory */
        if (end > IDENTITY_MAP_LIMIT) end = IDENTITY_MAP_LIMIT;
        if (start < end) frames_add_region(start, end);
    }
}

/* Switches to a fresh stack and calls fn there; fn does not return. */
static __attribute__((noreturn)) void run_on_stack(void *top, void (*fn)(void)) {
    __asm__ volatile("mov %0, %%rsp\n\txor %%ebp, %%ebp\n\tcall *%1\n\tud2" :: "r"(top), "r"(fn) : "memory");
    __builtin_unreachable();
}

static uint64_t tsc_before_java;

/* Boot trace (mayfly.trace=boot): TSC at each step of mayfly_start. */
#define TRACE_STEPS 8
static const char *trace_label[TRACE_STEPS];
static uint64_t trace_tsc[TRACE_STEPS];
static int trace_count;

static void trace(const char *label) {
    if (trace_count < TRACE_STEPS) {
        trace_label[trace_count] = label;
        trace_tsc[trace_count++] = rdtsc();
    }
}

void mayfly_print_boot_steps(void) {
    uint64_t khz = clock_tsc_khz();
    uint64_t prev = mayfly_boot_tsc;
    for (int i = 0; i < trace_count; i++) {
        uint64_t us = (trace_tsc[i] - prev) * 1000 / khz;
        console_printf("mayfly: boot step %s: %lu.%03lu ms\n", trace_label[i], us / 1000, us % 1000);
        prev = trace_tsc[i];
    }
}

static void run_java(void) {
    tsc_before_java = rdtsc();
    main(1, main_argv);
    kernel_exit(java_exit_status);
}

/* Called from Java when main ended by an uncaught exception. */
void mayfly_set_exit_status(int32_t status) { java_exit_status = status; }

/* TSC when the kernel handed over to the compiled Java world (boot trace). */
int64_t mayfly_java_start_tsc(void) { return (int64_t) tsc_before_java; }

/*
 * musl's objects in Debian are built with -fstack-protector: they read a canary at %fs:0x28 and
 * call __stack_chk_fail when a frame's copy was overwritten. The boot path points %fs at
 * mayfly_thread_block; the canary is set here, before any such function runs (the kernel's own C
 * is built without the stack protector, so no live frame holds an older canary).
 */
extern uint64_t mayfly_thread_block[8];

static void set_stack_protector_canary(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    uint64_t canary = (((uint64_t) hi << 32) | lo) * 0x9E3779B97F4A7C15UL;
    mayfly_thread_block[5] = canary & ~0xFFUL;   /* a zero low byte stops string overruns, as glibc does */
}

__attribute__((noreturn)) void __stack_chk_fail(void) {
    kernel_panic("stack smashing detected (a stack-protector canary was overwritten)");
}

__attribute__((noreturn)) void mayfly_start(const struct hvm_start_info *info) {
    if (info->magic != HVM_START_MAGIC_VALUE) kernel_panic("not booted through the PVH ABI (bad start_info magic)");
    set_stack_protector_canary();
    if (info->cmdline_paddr) {
        const char *src = (const char *) info->cmdline_paddr;
        size_t i = 0;
        while (src[i] && i < CMDLINE_MAX - 1) { cmdline[i] = src[i]; i++; }
        cmdline[i] = 0;
    }
    trace("entry");
    take_memory_map(info);
    trace("memory map");
    outb(0x21, 0xFF);                       /* mask the legacy PICs: the LAPIC delivers everything */
    outb(0xA1, 0xFF);
    trace("pic");
    lapic_init();
    trace("lapic");
    clock_init();
    trace("clock");
    vm_init();

    uint64_t stack_size = parse_size(cmdline_value("mayfly.stack"), MAIN_STACK_DEFAULT);
    char *stack = frames_alloc_contiguous(stack_size);
    if (!stack) kernel_panic("not enough memory for the main stack");
    main_stack_bottom = (uint64_t) stack;
    trace("stack");
    run_on_stack(stack + stack_size, run_java);
}
