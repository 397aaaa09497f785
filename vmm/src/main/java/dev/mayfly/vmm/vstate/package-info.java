/**
 * The state of a virtual machine as KVM holds it: the VM ({@link dev.mayfly.vmm.vstate.Vm}), its
 * guest RAM ({@link dev.mayfly.vmm.vstate.GuestMemory}) and its vCPU ({@link dev.mayfly.vmm.vstate.Vcpu}).
 *
 * <p>Every address the guest hands the VMM is checked here against guest RAM: the guest can never
 * make the VMM read or write outside it.
 */
package dev.mayfly.vmm.vstate;
