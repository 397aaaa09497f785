package dev.mayfly.jdk.java.net;

/** java.net.SocketAddress on Mayfly: a socket address with no protocol attached. */
public abstract class SocketAddress implements java.io.Serializable {
    public SocketAddress() {
    }
}
