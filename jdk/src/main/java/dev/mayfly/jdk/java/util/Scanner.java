package dev.mayfly.jdk.java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * java.util.Scanner on Mayfly (compiled as {@code java.util.Scanner}): tokens separated by a
 * delimiter pattern (white space by default), typed as int, long, double, boolean, ..., and lines.
 * The whole input is read at the first operation (Mayfly's inputs are strings, files and streams
 * that end; there is no interactive console). Numbers are read as in {@code Locale.ROOT}: no
 * group separators.
 */
public final class Scanner implements Iterator<String>, Closeable {
    private static final Pattern WHITESPACE = Pattern.compile("\\p{javaWhitespace}+");
    // U+0085 as a regex escape: TeaVM 0.16.0 writes string constants as C u"" literals, where \u0085 is invalid
    private static final Pattern LINE = Pattern.compile(".*(\r\n|[\n\r\u2028\u2029\\u0085])|.+$");
    private static final Pattern TERMINATOR = Pattern.compile("(\r\n|[\n\r\u2028\u2029\\u0085])");

    private Readable source;
    private String text;
    private int position;
    private Pattern delimiter = WHITESPACE;
    private boolean closed;
    private IOException lastException;

    public Scanner(String source) {
        this.text = source;
    }

    public Scanner(Readable source) {
        this.source = java.util.Objects.requireNonNull(source, "source");
    }

    public Scanner(InputStream source) {
        this(new InputStreamReader(source, StandardCharsets.UTF_8));
    }

    public Scanner(InputStream source, String charsetName) {
        this(new InputStreamReader(source, Charset.forName(charsetName)));
    }

    public Scanner(InputStream source, Charset charset) {
        this(new InputStreamReader(source, charset));
    }

    private String text() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
        if (text == null) {
            StringBuilder sb = new StringBuilder();
            java.nio.CharBuffer buffer = java.nio.CharBuffer.allocate(4096);
            try {
                while (source.read(buffer) >= 0) {
                    buffer.flip();
                    sb.append(buffer);
                    buffer.clear();
                }
            } catch (IOException e) {
                lastException = e;
            }
            text = sb.toString();
        }
        return text;
    }

    public Scanner useDelimiter(String pattern) {
        delimiter = Pattern.compile(pattern);
        return this;
    }

    public Scanner useDelimiter(Pattern pattern) {
        delimiter = pattern;
        return this;
    }

    public Pattern delimiter() {
        return delimiter;
    }

    public IOException ioException() {
        return lastException;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (source instanceof Closeable c) {
            try {
                c.close();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    /** The next token as {start, end}, or null: one delimiter match at the position is skipped first. */
    private int[] peekToken() {
        String t = text();
        int start = position;
        Matcher m = delimiter.matcher(t);
        m.region(start, t.length());
        if (m.lookingAt()) {
            start = m.end();
        }
        if (start >= t.length()) {
            return null;
        }
        m = delimiter.matcher(t);
        int from = start;
        int end = t.length();
        while (from <= t.length() && m.find(from)) {
            if (m.end() == m.start() && m.start() == start) {
                from = start + 1;
                continue;
            }
            end = m.start();
            break;
        }
        return new int[] {start, end};
    }

    @Override
    public boolean hasNext() {
        return peekToken() != null;
    }

    @Override
    public String next() {
        int[] token = peekToken();
        if (token == null) {
            throw new NoSuchElementException();
        }
        position = token[1];
        return text.substring(token[0], token[1]);
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        int[] token = peekToken();
        return token != null && pattern.matcher(text.substring(token[0], token[1])).matches();
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public String next(Pattern pattern) {
        int[] token = peekToken();
        if (token == null) {
            throw new NoSuchElementException();
        }
        String s = text.substring(token[0], token[1]);
        if (!pattern.matcher(s).matches()) {
            throw new InputMismatchException();
        }
        position = token[1];
        return s;
    }

    public boolean hasNextLine() {
        return position < text().length();
    }

    public String nextLine() {
        String t = text();
        if (position >= t.length()) {
            throw new NoSuchElementException("No line found");
        }
        Matcher m = LINE.matcher(t);
        m.region(position, t.length());
        if (!m.lookingAt()) {
            // an empty line: the terminator comes first
            m = TERMINATOR.matcher(t);
            m.region(position, t.length());
            if (!m.lookingAt()) {
                throw new NoSuchElementException("No line found");
            }
            position = m.end();
            return "";
        }
        String line = m.group();
        position = m.end();
        String terminator = m.group(1);
        return terminator == null ? line : line.substring(0, line.length() - terminator.length());
    }

    private String peek() {
        int[] token = peekToken();
        return token == null ? null : text.substring(token[0], token[1]);
    }

    private String take() {
        int[] token = peekToken();
        if (token == null) {
            throw new NoSuchElementException();
        }
        position = token[1];
        return text.substring(token[0], token[1]);
    }

    private static String plus(String s) {
        return s.startsWith("+") ? s.substring(1) : s;
    }

    public boolean hasNextInt() {
        return hasNextInt(10);
    }

    public boolean hasNextInt(int radix) {
        String s = peek();
        if (s == null) {
            return false;
        }
        try {
            Integer.parseInt(plus(s), radix);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public int nextInt() {
        return nextInt(10);
    }

    public int nextInt(int radix) {
        String s = peek();
        if (s == null) {
            throw new NoSuchElementException();
        }
        int v;
        try {
            v = Integer.parseInt(plus(s), radix);
        } catch (NumberFormatException e) {
            throw mismatch(s, e, radix);
        }
        take();
        return v;
    }

    public boolean hasNextLong() {
        String s = peek();
        if (s == null) {
            return false;
        }
        try {
            Long.parseLong(plus(s));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public long nextLong() {
        String s = peek();
        if (s == null) {
            throw new NoSuchElementException();
        }
        long v;
        try {
            v = Long.parseLong(plus(s));
        } catch (NumberFormatException e) {
            throw mismatch(s, e, 10);
        }
        take();
        return v;
    }

    public boolean hasNextShort() {
        return hasNextInt() && (short) Integer.parseInt(plus(peek())) == Integer.parseInt(plus(peek()));
    }

    public short nextShort() {
        String s = peek();
        if (!hasNextShort()) {
            throw s == null ? new NoSuchElementException() : new InputMismatchException("For input string: \"" + s + "\"");
        }
        return (short) Integer.parseInt(plus(take()));
    }

    public boolean hasNextByte() {
        return hasNextInt() && (byte) Integer.parseInt(plus(peek())) == Integer.parseInt(plus(peek()));
    }

    public byte nextByte() {
        String s = peek();
        if (!hasNextByte()) {
            throw s == null ? new NoSuchElementException() : new InputMismatchException("For input string: \"" + s + "\"");
        }
        return (byte) Integer.parseInt(plus(take()));
    }

    private static boolean looksNumeric(String s, int radix) {
        String t = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.digit(t.charAt(i), radix) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The JDK reports an out-of-range number with the parser's message, and a non-number with none. */
    private static InputMismatchException mismatch(String s, NumberFormatException e, int radix) {
        return looksNumeric(s, radix) ? new InputMismatchException(e.getMessage()) : new InputMismatchException();
    }

    private static boolean isDecimal(String s) {
        return s.matches("[-+]?(NaN|Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?)");
    }

    public boolean hasNextDouble() {
        String s = peek();
        return s != null && isDecimal(s);
    }

    public double nextDouble() {
        String s = peek();
        if (s == null) {
            throw new NoSuchElementException();
        }
        if (!isDecimal(s)) {
            throw new InputMismatchException();
        }
        take();
        return Double.parseDouble(s);
    }

    public boolean hasNextFloat() {
        return hasNextDouble();
    }

    public float nextFloat() {
        String s = peek();
        if (s == null) {
            throw new NoSuchElementException();
        }
        if (!isDecimal(s)) {
            throw new InputMismatchException();
        }
        take();
        return Float.parseFloat(s);
    }

    public boolean hasNextBoolean() {
        String s = peek();
        return s != null && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"));
    }

    public boolean nextBoolean() {
        if (!hasNextBoolean()) {
            if (peek() == null) {
                throw new NoSuchElementException();
            }
            throw new InputMismatchException();
        }
        return Boolean.parseBoolean(take());
    }

    public boolean hasNextBigInteger() {
        String s = peek();
        return s != null && looksNumeric(s, 10);
    }

    public java.math.BigInteger nextBigInteger() {
        if (!hasNextBigInteger()) {
            if (peek() == null) {
                throw new NoSuchElementException();
            }
            throw new InputMismatchException();
        }
        return new java.math.BigInteger(plus(take()));
    }

    public boolean hasNextBigDecimal() {
        String s = peek();
        return s != null && s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    public java.math.BigDecimal nextBigDecimal() {
        if (!hasNextBigDecimal()) {
            if (peek() == null) {
                throw new NoSuchElementException();
            }
            throw new InputMismatchException();
        }
        return new java.math.BigDecimal(take());
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    public Scanner skip(Pattern pattern) {
        Matcher m = pattern.matcher(text());
        m.region(position, text.length());
        if (!m.lookingAt()) {
            throw new NoSuchElementException();
        }
        position = m.end();
        return this;
    }

    public java.util.stream.Stream<String> tokens() {
        java.util.List<String> all = new java.util.ArrayList<>();
        while (hasNext()) {
            all.add(next());
        }
        return all.stream();
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        return "java.util.Scanner[delimiters=" + delimiter + "][position=" + position + "]";
    }

    /** Unused by Mayfly; kept so that code passing a Reader compiles against the same constructors. */
    static Readable readable(Reader r) {
        return r;
    }
}
