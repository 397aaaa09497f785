package dev.mayfly.conformance.programs;

import java.util.Properties;

/**
 * Reads, sets and clears system properties the way configuration code does: defaults for missing
 * keys, a property-driven setting, the separators, and the JDK's errors for bad keys.
 */
public class SystemPropertiesBasics {
    static int configuredPoolSize() {
        return Integer.parseInt(System.getProperty("app.pool.size", "8"));
    }

    public static void main(String[] args) {
        System.out.println("missing: " + System.getProperty("app.no.such.key"));
        System.out.println("pool size (default): " + configuredPoolSize());
        String previous = System.setProperty("app.pool.size", "32");
        System.out.println("previous: " + previous + ", pool size now: " + configuredPoolSize());
        System.out.println("again: " + System.setProperty("app.pool.size", "64"));
        System.out.println("cleared: " + System.clearProperty("app.pool.size") + ", then " + System.getProperty("app.pool.size"));

        System.out.println("file.separator [" + System.getProperty("file.separator") + "] path.separator ["
                + System.getProperty("path.separator") + "] line.separator is \\n: "
                + "\n".equals(System.getProperty("line.separator")) + " lineSeparator() is \\n: "
                + "\n".equals(System.lineSeparator()));
        System.out.println("java.specification.version " + System.getProperty("java.specification.version"));
        System.out.println("tmpdir set: " + (System.getProperty("java.io.tmpdir") != null)
                + ", user.dir set: " + (System.getProperty("user.dir") != null)
                + ", os.name set: " + (System.getProperty("os.name") != null));

        Properties all = System.getProperties();
        all.setProperty("app.via.table", "yes");
        System.out.println("through the live table: " + System.getProperty("app.via.table"));
        System.out.println("Integer.getInteger: " + Integer.getInteger("app.not.there", 7)
                + ", Boolean.getBoolean: " + Boolean.getBoolean("app.via.table"));
        System.clearProperty("app.via.table");

        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: NullPointerException " + e.getMessage());
        }
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: IllegalArgumentException " + e.getMessage());
        }
        try {
            System.setProperty("app.x", null);
        } catch (NullPointerException e) {
            System.out.println("null value: NullPointerException");
        }
    }
}
