package dev.mayfly.image.verify;

/** Bytes that are not a well-formed class file. */
public final class InvalidClassFileException extends Exception {
    public InvalidClassFileException(String message) {
        super(message);
    }
}
