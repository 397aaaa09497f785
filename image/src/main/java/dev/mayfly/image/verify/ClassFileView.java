package dev.mayfly.image.verify;

import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A class file, checked once: its name, the classes and type descriptors it refers to, and its
 * methods. {@link #parse} rejects malformed input; the accessors of a parsed view never throw.
 * JVMS 25 §4.1 (ClassFile structure), §4.4 (constant pool).
 */
public final class ClassFileView {
    private static final int MAGIC = 0xCAFEBABE;
    private static final int CONSTANT_UTF8 = 1;
    private static final int CONSTANT_INTEGER = 3;
    private static final int CONSTANT_FLOAT = 4;
    private static final int CONSTANT_LONG = 5;
    private static final int CONSTANT_DOUBLE = 6;
    private static final int CONSTANT_CLASS = 7;
    private static final int CONSTANT_STRING = 8;
    private static final int CONSTANT_FIELDREF = 9;
    private static final int CONSTANT_METHODREF = 10;
    private static final int CONSTANT_INTERFACE_METHODREF = 11;
    private static final int CONSTANT_NAME_AND_TYPE = 12;
    private static final int CONSTANT_METHOD_HANDLE = 15;
    private static final int CONSTANT_METHOD_TYPE = 16;
    private static final int CONSTANT_DYNAMIC = 17;
    private static final int CONSTANT_INVOKE_DYNAMIC = 18;
    private static final int CONSTANT_MODULE = 19;
    private static final int CONSTANT_PACKAGE = 20;
    /** Method access flags, JVMS §4.6. */
    public static final int ACC_PUBLIC = 0x0001;
    public static final int ACC_STATIC = 0x0008;

    /** A method of the class: access flags, name and descriptor. */
    public record Method(int access, String name, String descriptor) {
    }

    private final String name;
    private final Set<String> referencedTypes;
    private final List<Method> methods;

    private ClassFileView(String name, Set<String> referencedTypes, List<Method> methods) {
        this.name = name;
        this.referencedTypes = Set.copyOf(referencedTypes);
        this.methods = List.copyOf(methods);
    }

    /** Internal name of this class, e.g. {@code com/example/Main}. */
    public String name() {
        return name;
    }

    /** Class names and descriptors the class refers to (internal form, descriptors unparsed). */
    public Set<String> referencedTypes() {
        return referencedTypes;
    }

    public List<Method> methods() {
        return methods;
    }

    /** Whether the class has {@code public static void main(String[])}. */
    public boolean hasMainMethod() {
        for (Method m : methods) {
            if (m.name().equals("main") && m.descriptor().equals("([Ljava/lang/String;)V")
                    && (m.access() & (ACC_PUBLIC | ACC_STATIC)) == (ACC_PUBLIC | ACC_STATIC)) {
                return true;
            }
        }
        return false;
    }

    /** Parses a class file; throws {@link InvalidClassFileException} if it is not one. */
    public static ClassFileView parse(byte[] bytes) throws InvalidClassFileException {
        try {
            return read(ByteBuffer.wrap(bytes));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new InvalidClassFileException("truncated or malformed class file");
        }
    }

    private static ClassFileView read(ByteBuffer in) throws InvalidClassFileException {
        if (in.getInt() != MAGIC) {
            throw new InvalidClassFileException("not a class file (bad magic)");
        }
        in.getShort();                                   // minor version
        in.getShort();                                   // major version
        int count = Short.toUnsignedInt(in.getShort());
        int[] tags = new int[count];
        String[] utf8 = new String[count];
        int[] firstRef = new int[count];
        int[] secondRef = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = Byte.toUnsignedInt(in.get());
            tags[i] = tag;
            switch (tag) {
                case CONSTANT_UTF8 -> {
                    byte[] b = new byte[Short.toUnsignedInt(in.getShort())];
                    in.get(b);
                    utf8[i] = new String(b, StandardCharsets.UTF_8);   // modified UTF-8: close enough for names
                }
                case CONSTANT_INTEGER, CONSTANT_FLOAT -> in.getInt();
                case CONSTANT_LONG, CONSTANT_DOUBLE -> {
                    in.getLong();
                    i++;                                 // takes two slots, JVMS §4.4.5
                }
                case CONSTANT_CLASS, CONSTANT_STRING, CONSTANT_METHOD_TYPE, CONSTANT_MODULE, CONSTANT_PACKAGE ->
                        firstRef[i] = Short.toUnsignedInt(in.getShort());
                case CONSTANT_FIELDREF, CONSTANT_METHODREF, CONSTANT_INTERFACE_METHODREF, CONSTANT_NAME_AND_TYPE,
                     CONSTANT_DYNAMIC, CONSTANT_INVOKE_DYNAMIC -> {
                    firstRef[i] = Short.toUnsignedInt(in.getShort());
                    secondRef[i] = Short.toUnsignedInt(in.getShort());
                }
                case CONSTANT_METHOD_HANDLE -> {
                    in.get();
                    in.getShort();
                }
                default -> throw new InvalidClassFileException("unknown constant pool tag " + tag + " at index " + i);
            }
        }
        Set<String> types = new LinkedHashSet<>();
        for (int i = 1; i < count; i++) {
            if (tags[i] == CONSTANT_CLASS) {
                types.add(utf8At(utf8, firstRef[i]));
            } else if (tags[i] == CONSTANT_NAME_AND_TYPE) {
                types.add(utf8At(utf8, secondRef[i]));
            } else if (tags[i] == CONSTANT_METHOD_TYPE) {
                types.add(utf8At(utf8, firstRef[i]));
            }
        }
        in.getShort();                                   // access flags
        int thisClass = Short.toUnsignedInt(in.getShort());
        if (thisClass >= count || tags[thisClass] != CONSTANT_CLASS) {
            throw new InvalidClassFileException("this_class is not a class constant");
        }
        String name = utf8At(utf8, firstRef[thisClass]);
        in.getShort();                                   // super class
        int interfaces = Short.toUnsignedInt(in.getShort());
        in.position(in.position() + 2 * interfaces);
        int fields = Short.toUnsignedInt(in.getShort());
        for (int i = 0; i < fields; i++) {
            in.getShort();
            in.getShort();
            types.add(utf8At(utf8, Short.toUnsignedInt(in.getShort())));
            skipAttributes(in);
        }
        List<Method> methods = new ArrayList<>();
        int methodCount = Short.toUnsignedInt(in.getShort());
        for (int i = 0; i < methodCount; i++) {
            int access = Short.toUnsignedInt(in.getShort());
            String methodName = utf8At(utf8, Short.toUnsignedInt(in.getShort()));
            String descriptor = utf8At(utf8, Short.toUnsignedInt(in.getShort()));
            types.add(descriptor);
            methods.add(new Method(access, methodName, descriptor));
            skipAttributes(in);
        }
        return new ClassFileView(name, types, methods);
    }

    private static String utf8At(String[] utf8, int index) throws InvalidClassFileException {
        if (index <= 0 || index >= utf8.length || utf8[index] == null) {
            throw new InvalidClassFileException("constant pool index " + index + " is not a UTF-8 constant");
        }
        return utf8[index];
    }

    private static void skipAttributes(ByteBuffer in) {
        int count = Short.toUnsignedInt(in.getShort());
        for (int i = 0; i < count; i++) {
            in.getShort();
            int length = in.getInt();
            if (length < 0) {
                throw new IllegalArgumentException("attribute length");
            }
            in.position(in.position() + length);
        }
    }
}
