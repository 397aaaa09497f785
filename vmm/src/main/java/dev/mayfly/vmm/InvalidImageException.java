package dev.mayfly.vmm;

/** The kernel image is not a bootable PVH ELF64 file: bad magic, truncated, wrong class or machine, no PVH entry note. */
public final class InvalidImageException extends VmmException {
    public InvalidImageException(String message) {
        super(message);
    }
}
