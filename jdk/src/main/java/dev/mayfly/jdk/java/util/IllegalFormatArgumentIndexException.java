package dev.mayfly.jdk.java.util;

/** java.util.IllegalFormatArgumentIndexException on Mayfly (compiled as {@code java.util.IllegalFormatArgumentIndexException}), with the JDK's message. */
public class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private final int illegalIndex;

    IllegalFormatArgumentIndexException(int index) {
        this.illegalIndex = index;
    }

    int getIndex() {
        return illegalIndex;
    }

    @Override
    public String getMessage() {
        if (illegalIndex == Integer.MIN_VALUE) {
            return "Format argument index: (not representable as int)";
        }
        return "Illegal format argument index = " + illegalIndex;
    }
}
