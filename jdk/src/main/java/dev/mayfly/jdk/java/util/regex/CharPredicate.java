package dev.mayfly.jdk.java.util.regex;

/**
 * A set of code points that one position of a pattern accepts (a literal, a character class, a
 * property). {@link #bmp()} says whether it only ever holds BMP characters, which lets the
 * matcher test a single char instead of a code point, as the JDK does for such classes (it shows
 * on unpaired surrogates).
 */
interface CharPredicate {
    /** Whether the code point {@code ch} is in the set. */
    boolean is(int ch);

    /** Whether the set holds only BMP characters. */
    default boolean bmp() {
        return false;
    }

    /** The set of code points not in this one. */
    default CharPredicate negate() {
        CharPredicate self = this;
        return ch -> !self.is(ch);
    }

    /** The union of this set and {@code other}. */
    default CharPredicate union(CharPredicate other) {
        CharPredicate self = this;
        if (bmp() && other.bmp()) {
            return new Bmp(ch -> self.is(ch) || other.is(ch));
        }
        return ch -> self.is(ch) || other.is(ch);
    }

    /** The intersection of this set and {@code other}. */
    default CharPredicate and(CharPredicate other) {
        CharPredicate self = this;
        return ch -> self.is(ch) && other.is(ch);
    }

    /** A predicate known to hold BMP characters only. */
    final class Bmp implements CharPredicate {
        private final CharPredicate inner;

        Bmp(CharPredicate inner) {
            this.inner = inner;
        }

        @Override
        public boolean is(int ch) {
            return inner.is(ch);
        }

        @Override
        public boolean bmp() {
            return true;
        }
    }

    /**
     * The characters below 256 of a class, collected while the class is parsed (the JDK's
     * "bit class": it grows while the class is read, so a union that already holds it sees later
     * additions).
     */
    final class Latin1Set implements CharPredicate {
        private final boolean[] bits = new boolean[256];

        /** Adds {@code c} (below 256), with its case variants under the given flags. */
        void add(int c, int flags) {
            if ((flags & Pattern.CASE_INSENSITIVE) != 0) {
                if (c < 128) {
                    bits[AsciiChars.toUpper(c)] = true;
                    bits[AsciiChars.toLower(c)] = true;
                } else if ((flags & Pattern.UNICODE_CASE) != 0) {
                    bits[Character.toLowerCase(c)] = true;
                    bits[Character.toUpperCase(c)] = true;
                }
            }
            bits[c] = true;
        }

        @Override
        public boolean is(int ch) {
            return ch < 256 && bits[ch];
        }

        @Override
        public boolean bmp() {
            return true;
        }
    }
}
