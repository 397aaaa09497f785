package dev.mayfly.jdk.java.net;

import dev.mayfly.kernel.net.NetException;
import java.io.IOException;

/** Turns the kernel's socket errors into the exceptions the JDK raises for the same reasons. */
final class NetErrors {
    private NetErrors() {
    }

    static IOException translate(NetException e) {
        String m = e.getMessage();
        return switch (e.kind()) {
            case READ_TIMED_OUT, ACCEPT_TIMED_OUT, CONNECT_TIMED_OUT -> new SocketTimeoutException(m);
            case REFUSED -> new ConnectException(m);
            case ADDRESS_IN_USE -> new BindException(m);
            default -> new SocketException(m);
        };
    }
}
