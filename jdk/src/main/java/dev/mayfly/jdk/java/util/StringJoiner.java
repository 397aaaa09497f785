package dev.mayfly.jdk.java.util;

/**
 * java.util.StringJoiner on Mayfly (compiled as {@code java.util.StringJoiner}): elements joined
 * by a delimiter between a prefix and a suffix, or the empty value when nothing was added.
 */
public final class StringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    private StringBuilder value;
    private String emptyValue;

    public StringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        java.util.Objects.requireNonNull(prefix, "The prefix must not be null");
        java.util.Objects.requireNonNull(delimiter, "The delimiter must not be null");
        java.util.Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = prefix.toString();
        this.delimiter = delimiter.toString();
        this.suffix = suffix.toString();
    }

    public StringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = java.util.Objects.requireNonNull(emptyValue,
                "The empty value must not be null").toString();
        return this;
    }

    @Override
    public String toString() {
        if (value == null) {
            return emptyValue != null ? emptyValue : prefix + suffix;
        }
        if (suffix.isEmpty()) {
            return prefix + value;
        }
        return prefix + value + suffix;
    }

    public StringJoiner add(CharSequence newElement) {
        if (value == null) {
            value = new StringBuilder();
        } else {
            value.append(delimiter);
        }
        value.append(newElement == null ? "null" : newElement);
        return this;
    }

    public StringJoiner merge(StringJoiner other) {
        java.util.Objects.requireNonNull(other);
        if (other.value != null) {
            String content = other.value.toString();
            if (value == null) {
                value = new StringBuilder();
            } else {
                value.append(delimiter);
            }
            value.append(content);
        }
        return this;
    }

    public int length() {
        if (value == null) {
            return emptyValue != null ? emptyValue.length() : prefix.length() + suffix.length();
        }
        return prefix.length() + value.length() + suffix.length();
    }
}
