package dev.mayfly.jdk.com.sun.net.httpserver;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * com.sun.net.httpserver.Headers on Mayfly: HTTP header fields as a map from name to values.
 * Names are case-insensitive: every key is normalised as the JDK does — the first character
 * upper case (if it is a-z), the rest lower case — so {@code content-TYPE} is stored as
 * {@code Content-type}. Names and values containing a bare CR or LF are rejected
 * (IllegalArgumentException), so nothing put here can split a response header.
 */
public class Headers implements Map<String, List<String>> {
    private final HashMap<String, List<String>> map;
    private final boolean readOnly;

    public Headers() {
        this.map = new HashMap<>(32);
        this.readOnly = false;
    }

    /** A copy of {@code headers}, its keys normalised. */
    public Headers(Map<String, List<String>> headers) {
        Objects.requireNonNull(headers);
        this.map = new HashMap<>(32);
        this.readOnly = false;
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            put(e.getKey(), new LinkedList<>(e.getValue()));
        }
    }

    private Headers(Headers copyOf, boolean readOnly) {
        this.map = new HashMap<>(32);
        for (Map.Entry<String, List<String>> e : copyOf.map.entrySet()) {
            map.put(e.getKey(), Collections.unmodifiableList(new LinkedList<>(e.getValue())));
        }
        this.readOnly = readOnly;
    }

    /** Read-only headers from alternating names and values. */
    public static Headers of(String... headers) {
        Objects.requireNonNull(headers);
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("wrong number, " + headers.length + ", of parameters");
        }
        Headers h = new Headers();
        for (int i = 0; i < headers.length; i += 2) {
            h.add(Objects.requireNonNull(headers[i]), Objects.requireNonNull(headers[i + 1]));
        }
        return new Headers(h, true);
    }

    /** Read-only headers copied from {@code headers}. */
    public static Headers of(Map<String, List<String>> headers) {
        return new Headers(new Headers(headers), true);
    }

    static String normalize(String key) {
        Objects.requireNonNull(key);
        int len = key.length();
        if (len == 0) {
            return key;
        }
        char[] b = key.toCharArray();
        for (int i = 0; i < len; i++) {
            char c = b[i];
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("illegal character in key");
            }
            if (i == 0) {
                if (c >= 'a' && c <= 'z') {
                    b[i] = (char) (c - ('a' - 'A'));
                }
            } else if (c >= 'A' && c <= 'Z') {
                b[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(b);
    }

    /**
     * Throws IllegalArgumentException (worded as the JDK's) if {@code s} contains a CR or LF that
     * is not part of an obsolete line fold (CR LF followed by SP or HT; values only), or a
     * character above U+00FF.
     */
    static void checkHeader(String s, boolean isValue) {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (!isValue || i >= len - 2) {
                    throw new IllegalArgumentException("Illegal CR found in header");
                }
                if (s.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("Illegal char found after CR in header");
                }
                char after = s.charAt(i + 2);
                if (after != ' ' && after != '\t') {
                    throw new IllegalArgumentException("No whitespace found after CRLF in header");
                }
                i += 2;
            } else if (c == '\n') {
                throw new IllegalArgumentException("Illegal LF found in header");
            } else if (c > 255) {
                throw new IllegalArgumentException("Illegal character found in header");
            }
        }
    }

    private void checkWritable() {
        if (readOnly) {
            throw new UnsupportedOperationException("unsupported operation");
        }
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        Objects.requireNonNull(key);
        return key instanceof String k && map.containsKey(normalize(k));
    }

    @Override
    public boolean containsValue(Object value) {
        Objects.requireNonNull(value);
        return map.containsValue(value);
    }

    @Override
    public List<String> get(Object key) {
        return map.get(normalize((String) key));
    }

    /** The first value of {@code key}, or null. */
    public String getFirst(String key) {
        List<String> values = map.get(normalize(key));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public List<String> put(String key, List<String> value) {
        checkWritable();
        checkHeader(key, false);
        for (String v : value) {
            checkHeader(v, true);
        }
        return map.put(normalize(key), value);
    }

    /** Adds {@code value} to the values of {@code key}. */
    public void add(String key, String value) {
        checkWritable();
        checkHeader(key, false);
        checkHeader(value, true);
        map.computeIfAbsent(normalize(key), k -> new LinkedList<>()).add(value);
    }

    /** Makes {@code value} the only value of {@code key}. */
    public void set(String key, String value) {
        LinkedList<String> values = new LinkedList<>();
        values.add(value);
        put(key, values);
    }

    @Override
    public List<String> remove(Object key) {
        checkWritable();
        return map.remove(normalize((String) key));
    }

    @Override
    public void putAll(Map<? extends String, ? extends List<String>> t) {
        for (Map.Entry<? extends String, ? extends List<String>> e : t.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public void clear() {
        checkWritable();
        map.clear();
    }

    @Override
    public Set<String> keySet() {
        return readOnly ? Collections.unmodifiableSet(map.keySet()) : map.keySet();
    }

    @Override
    public Collection<List<String>> values() {
        return readOnly ? Collections.unmodifiableCollection(map.values()) : map.values();
    }

    @Override
    public Set<Map.Entry<String, List<String>>> entrySet() {
        return readOnly ? Collections.unmodifiableMap(map).entrySet() : map.entrySet();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super List<String>, ? extends List<String>> function) {
        checkWritable();
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            List<String> values = Objects.requireNonNull(function.apply(e.getKey(), e.getValue()));
            for (String v : values) {
                checkHeader(v, true);
            }
            e.setValue(values);
        }
    }

    @Override
    public boolean equals(Object o) {
        return map.equals(o);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return "Headers { " + map + " }";
    }
}
