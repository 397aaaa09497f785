package dev.mayfly.jdk.java.net;

public class SocketException extends java.io.IOException {
    public SocketException() {
    }

    public SocketException(String message) {
        super(message);
    }
}
