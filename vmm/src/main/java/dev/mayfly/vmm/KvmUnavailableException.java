package dev.mayfly.vmm;

/** {@code /dev/kvm} is missing, not permitted, or speaks an API version the VMM does not know. */
public final class KvmUnavailableException extends VmmException {
    public KvmUnavailableException(String message) {
        super(message);
    }
}
