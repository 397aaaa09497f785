package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.kernel.Environment;
import dev.mayfly.kernel.Kernel;
import java.util.Map;
import java.util.Properties;

/**
 * java.lang.System on Mayfly: {@code exit} ends the VM, {@code getenv} reads the kernel's
 * environment, and the system properties come from Mayfly's own table ({@link SystemProperties}).
 */
@PatchFor("java.lang.System")
public final class SystemPatch {
    private SystemPatch() {
    }

    /** {@link System#exit}: flushes the console and ends the VM with this status. */
    public static void exit(int status) {
        Kernel.exit(status);
    }

    /** {@link System#getenv(String)}. */
    public static String getenv(String name) {
        return Environment.get(name);
    }

    /** {@link System#getenv()}. */
    public static Map<String, String> getenv() {
        return Environment.all();
    }

    /** {@link System#getProperty(String)}. */
    public static String getProperty(String key) {
        SystemProperties.checkKey(key);
        return SystemProperties.get().getProperty(key);
    }

    /** {@link System#getProperty(String, String)}. */
    public static String getProperty(String key, String def) {
        SystemProperties.checkKey(key);
        return SystemProperties.get().getProperty(key, def);
    }

    /** {@link System#getProperties()}: the live table. */
    public static Properties getProperties() {
        return SystemProperties.get();
    }

    /** {@link System#setProperties(Properties)}: {@code null} restores the defaults. */
    public static void setProperties(Properties props) {
        SystemProperties.set(props);
    }

    /** {@link System#setProperty(String, String)}: the previous value. */
    public static String setProperty(String key, String value) {
        SystemProperties.checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        return (String) SystemProperties.get().setProperty(key, value);
    }

    /** {@link System#clearProperty(String)}: the removed value. */
    public static String clearProperty(String key) {
        SystemProperties.checkKey(key);
        return (String) SystemProperties.get().remove(key);
    }

    /** {@link System#lineSeparator()}. */
    public static String lineSeparator() {
        return "\n";
    }
}
