package dev.mayfly.jdk.lang;

import java.util.Properties;

/**
 * The system properties of a Mayfly application: a fixed table describing the platform, the way
 * the JDK's launcher fills it in. The compiler's own table asks a file system and the password
 * database for the working and home directories, which a unikernel does not have, so Mayfly
 * supplies its own. Values follow the JDK's meaning: Mayfly is a Unix-like, UTF-8, x86-64 platform
 * whose file system root is the working directory.
 */
final class SystemProperties {
    private static Properties properties;

    private SystemProperties() {
    }

    /** The live table, created on first use. */
    static Properties get() {
        if (properties == null) {
            properties = defaults();
        }
        return properties;
    }

    /** {@link System#setProperties}: {@code null} brings back the defaults, as on the JDK. */
    static void set(Properties replacement) {
        properties = replacement;
    }

    static Properties defaults() {
        Properties p = new Properties();
        p.setProperty("java.version", "25");
        p.setProperty("java.specification.version", "25");
        p.setProperty("java.specification.name", "Java Platform API Specification");
        p.setProperty("java.vm.specification.version", "25");
        p.setProperty("java.class.version", "69.0");
        p.setProperty("java.vendor", "Mayfly");
        p.setProperty("java.vm.name", "Mayfly");
        p.setProperty("java.vm.vendor", "Mayfly");
        p.setProperty("java.vm.version", "25");
        p.setProperty("java.runtime.name", "Mayfly");
        p.setProperty("java.home", "/");
        p.setProperty("java.class.path", "");
        p.setProperty("java.io.tmpdir", "/tmp");
        p.setProperty("os.name", "Mayfly");
        p.setProperty("os.arch", "amd64");
        p.setProperty("os.version", "0.1");
        p.setProperty("file.separator", "/");
        p.setProperty("path.separator", ":");
        p.setProperty("line.separator", "\n");
        p.setProperty("file.encoding", "UTF-8");
        p.setProperty("native.encoding", "UTF-8");
        p.setProperty("stdout.encoding", "UTF-8");
        p.setProperty("stderr.encoding", "UTF-8");
        p.setProperty("sun.jnu.encoding", "UTF-8");
        p.setProperty("user.name", "mayfly");
        p.setProperty("user.home", "/");
        p.setProperty("user.dir", "/");
        p.setProperty("user.language", "en");
        return p;
    }

    /** The JDK's checks of a property key (System.checkKey). */
    static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }
}
