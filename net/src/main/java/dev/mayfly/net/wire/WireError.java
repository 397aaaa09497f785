package dev.mayfly.net.wire;

/** Why a packet view rejected its bytes; {@link #NONE} means the bytes were accepted. */
public enum WireError {
    /** The bytes were accepted. */
    NONE,
    /** Fewer bytes than the header or a length field requires. */
    TRUNCATED,
    /** A version field other than the one this view understands. */
    BAD_VERSION,
    /** A header-length field that is too small or runs past the buffer. */
    BAD_HEADER_LENGTH,
    /** A total-length field that contradicts the buffer. */
    BAD_LENGTH,
    /** The checksum does not verify. */
    BAD_CHECKSUM,
    /** Well formed but a variant this stack does not handle (hardware type, opcode, ...). */
    UNSUPPORTED,
    /** An option list that overruns its space or has an illegal option length. */
    MALFORMED_OPTION
}
