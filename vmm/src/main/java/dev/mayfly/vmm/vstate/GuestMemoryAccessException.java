package dev.mayfly.vmm.vstate;

import dev.mayfly.vmm.VmmException;

/** A guest-supplied address range does not lie inside guest RAM; the access was refused. */
public final class GuestMemoryAccessException extends VmmException {
    public GuestMemoryAccessException(long address, long length, long ramSize) {
        super("guest range 0x" + Long.toHexString(address) + " (+" + length + " bytes) lies outside guest RAM of 0x"
                + Long.toHexString(ramSize) + " bytes");
    }
}
