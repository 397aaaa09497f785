package dev.mayfly.vmm.kvm;

import dev.mayfly.vmm.VmmException;

/** A system call of the VMM failed: carries the call's name and the errno it returned. */
public class KvmCallException extends VmmException {
    private final String call;
    private final int errno;

    public KvmCallException(String call, int errno) {
        super(call + " failed: " + Errno.name(errno) + " (" + Libc.describe(errno) + ")");
        this.call = call;
        this.errno = errno;
    }

    /** The call that failed, for example {@code "KVM_CREATE_VM"} or {@code "open /dev/kvm"}. */
    public String call() {
        return call;
    }

    /** The errno the call returned. */
    public int errno() {
        return errno;
    }
}
