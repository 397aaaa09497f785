package dev.mayfly.jdk.java.net;

/** Test double of java.net.SocketAddress for the in-memory loopback network (see Pipe). */
public abstract class SocketAddress implements java.io.Serializable {
}
