package dev.mayfly.vmm.net;

import dev.mayfly.vmm.VmmException;

/** The VM's network could not be set up: a host port in use, no /dev/net/tun, no permission for a TAP device. */
public final class NetworkSetupException extends VmmException {
    public NetworkSetupException(String message) {
        super(message);
    }

    public NetworkSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
