package dev.mayfly.vmm;

/** A builder value is out of range: memory size, command line length or characters, a missing kernel. */
public final class InvalidConfigurationException extends VmmException {
    public InvalidConfigurationException(String message) {
        super(message);
    }
}
