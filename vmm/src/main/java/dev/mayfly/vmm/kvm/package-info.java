/**
 * Bindings to Linux's KVM API and the few libc calls around it, over {@code java.lang.foreign}.
 *
 * <p>Every failing call throws {@link dev.mayfly.vmm.kvm.KvmCallException}, which names the call and
 * carries errno. Struct layouts live in {@link dev.mayfly.vmm.kvm.KvmStructs}; each ioctl in
 * {@link dev.mayfly.vmm.kvm.KvmIoctl} checks, when the class loads, that the size encoded in its
 * number equals the size of the layout it passes.
 */
package dev.mayfly.vmm.kvm;
