package dev.mayfly.kernel.virtio;

/** A virtio device that cannot be used: missing, of an unsupported kind, or misbehaving. */
public final class VirtioException extends RuntimeException {
    public VirtioException(String message) {
        super(message);
    }
}
