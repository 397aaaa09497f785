package dev.mayfly.vmm;

/** A loadable segment of the image lies where no guest RAM can be: past the RAM ceiling, or over the VMM's boot data. */
public final class ImageDoesNotFitException extends VmmException {
    public ImageDoesNotFitException(String message) {
        super(message);
    }
}
