package dev.mayfly.cli;

/** Memory sizes as users write them: a number with an optional K, M or G suffix (binary units). */
public final class Sizes {
    private Sizes() {
    }

    /** Bytes for "64M", "1G", "512K" or "1048576"; a clear error names the option otherwise. */
    public static long parse(String text, String option) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        long unit = 1;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'K' -> unit = 1L << 10;
                case 'M' -> unit = 1L << 20;
                case 'G' -> unit = 1L << 30;
                default -> unit = 1;
            }
        }
        if (unit != 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long value = Long.parseLong(t);
            if (value <= 0 || value > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return value * unit;
        } catch (NumberFormatException e) {
            throw new UserFacingException(option + ": not a size: '" + text + "' (examples: 64M, 1G)", Mayfly.EXIT_USAGE);
        }
    }
}
