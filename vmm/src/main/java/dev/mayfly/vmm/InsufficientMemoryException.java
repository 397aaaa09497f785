package dev.mayfly.vmm;

/** The VM's RAM is too small for the image: a segment ends above the configured memory size. */
public final class InsufficientMemoryException extends VmmException {
    public InsufficientMemoryException(String message) {
        super(message);
    }
}
