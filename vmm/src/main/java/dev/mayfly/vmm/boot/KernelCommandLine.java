package dev.mayfly.vmm.boot;

import dev.mayfly.vmm.InvalidConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The kernel command line as the guest receives it: the user's line with the VMM's own parameters
 * ({@code tsc_khz=}, {@code virtio_mmio.device=}) added before the first {@code --} token, so that
 * everything after {@code --} stays the application's arguments, as on Linux.
 */
public final class KernelCommandLine {
    private KernelCommandLine() {}

    /** The token that separates kernel parameters from the application's arguments. */
    public static final String END_OF_PARAMETERS = "--";

    /** {@code user} with {@code vmmParameters} inserted before its first {@code --} token, or appended. */
    public static String compose(String user, List<String> vmmParameters) {
        String line = user == null ? "" : user.strip();
        String added = String.join(" ", vmmParameters);
        if (added.isEmpty()) {
            return line;
        }
        int separator = findSeparator(line);
        if (separator < 0) {
            return line.isEmpty() ? added : line + " " + added;
        }
        String before = line.substring(0, separator).strip();
        String after = line.substring(separator);
        return (before.isEmpty() ? "" : before + " ") + added + " " + after;
    }

    private static int findSeparator(String line) {
        int at = 0;
        while (at < line.length()) {
            while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
                at++;
            }
            int start = at;
            while (at < line.length() && !Character.isWhitespace(line.charAt(at))) {
                at++;
            }
            if (at - start == 2 && line.startsWith(END_OF_PARAMETERS, start)) {
                return start;
            }
        }
        return -1;
    }

    /** The NUL-terminated UTF-8 bytes of {@code line}; rejects NULs and lines over the boot layout's capacity. */
    public static byte[] encode(String line) {
        if (line.indexOf('\0') >= 0) {
            throw new InvalidConfigurationException("the kernel command line contains a NUL character");
        }
        byte[] text = line.getBytes(StandardCharsets.UTF_8);
        if (text.length + 1 > BootLayout.COMMAND_LINE_CAPACITY) {
            throw new InvalidConfigurationException("the kernel command line is " + text.length
                    + " bytes long; at most " + (BootLayout.COMMAND_LINE_CAPACITY - 1) + " fit");
        }
        byte[] terminated = new byte[text.length + 1];
        System.arraycopy(text, 0, terminated, 0, text.length);
        return terminated;
    }
}
