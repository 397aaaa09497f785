package dev.mayfly.jdk.java.net;

public class UnknownHostException extends java.io.IOException {
    public UnknownHostException(String message) {
        super(message);
    }
}
