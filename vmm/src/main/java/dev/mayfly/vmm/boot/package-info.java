/**
 * PVH boot (Xen's "x86/HVM direct boot ABI", docs/misc/pvh.pandoc in the Xen tree): the checked view
 * of an ELF64 kernel image with its {@code XEN_ELFNOTE_PHYS32_ENTRY} note, the loader that places it
 * and the {@code hvm_start_info} in guest RAM, and the vCPU state the ABI prescribes at the entry.
 */
package dev.mayfly.vmm.boot;
