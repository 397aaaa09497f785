package dev.mayfly.kernel.virtio;

import java.util.ArrayList;
import java.util.List;

/**
 * One virtio-mmio device as the kernel command line announces it, in the syntax Linux accepts
 * (Documentation/admin-guide/kernel-parameters.txt, {@code virtio_mmio.device}):
 * {@code virtio_mmio.device=<size>@<baseaddr>:<irq>[:<id>]}, where size and base take Linux's
 * memparse form (decimal, {@code 0x} hex or {@code 0} octal, then an optional K, M or G suffix)
 * and the irq is the interrupt pin. The Mayfly VMM and QEMU microvm with {@code acpi=off} put one
 * such word per device on the command line.
 *
 * @param size  bytes of the register window
 * @param base  guest-physical address of the window
 * @param irq   the I/O APIC pin the device interrupts on
 */
public record MmioDeviceSpec(long size, long base, int irq) {
    /** The kernel parameter's name. */
    public static final String PARAMETER = "virtio_mmio.device";
    /** The smallest window that holds the registers (virtio 1.2 §4.2.2: configuration space at 0x100). */
    public static final long MIN_SIZE = 0x100;
    private static final long FOUR_GIB = 1L << 32;

    /** Parses the value of one {@code virtio_mmio.device=} word; throws with the reason when it is malformed. */
    public static MmioDeviceSpec parse(String value) {
        int at = value.indexOf('@');
        int colon = value.indexOf(':', at + 1);
        if (at <= 0 || colon < 0) {
            throw new IllegalArgumentException("expected <size>@<baseaddr>:<irq>, got '" + value + "'");
        }
        long size = memparse(value.substring(0, at), "size");
        long base = memparse(value.substring(at + 1, colon), "base address");
        String irqText = value.substring(colon + 1);
        int idColon = irqText.indexOf(':');
        if (idColon >= 0) {
            parseNumber(irqText.substring(idColon + 1), "device id");
            irqText = irqText.substring(0, idColon);
        }
        long irq = parseNumber(irqText, "irq");
        if (size < MIN_SIZE || size > FOUR_GIB) {
            throw new IllegalArgumentException("window size " + size + " out of range in '" + value + "'");
        }
        if (base <= 0 || base + size > FOUR_GIB) {
            throw new IllegalArgumentException("window 0x" + Long.toHexString(base) + " outside the 32-bit device space in '" + value + "'");
        }
        if (irq < 0 || irq > 255) {
            throw new IllegalArgumentException("irq " + irq + " out of range in '" + value + "'");
        }
        return new MmioDeviceSpec(size, base, (int) irq);
    }

    /**
     * Every {@code virtio_mmio.device=} word of a command line, in order; malformed entries are
     * reported to {@code errors} and skipped. The whole line is searched: the Mayfly VMM inserts the
     * words before a lone {@code --}, QEMU appends them to the end, after it.
     */
    public static List<MmioDeviceSpec> fromCommandLine(String cmdline, List<String> errors) {
        List<MmioDeviceSpec> specs = new ArrayList<>();
        String prefix = PARAMETER + "=";
        for (String word : cmdline.split(" ")) {
            if (word.startsWith(prefix)) {
                try {
                    specs.add(parse(word.substring(prefix.length())));
                } catch (IllegalArgumentException e) {
                    errors.add(e.getMessage());
                }
            }
        }
        return specs;
    }

    /**
     * The application's arguments without the {@code virtio_mmio.device=} words a hypervisor
     * appended to the end of the command line (QEMU does).
     */
    public static List<String> withoutAppendedDevices(List<String> arguments) {
        int end = arguments.size();
        while (end > 0 && arguments.get(end - 1).startsWith(PARAMETER + "=")) {
            end--;
        }
        return end == arguments.size() ? arguments : arguments.subList(0, end);
    }

    private static long memparse(String text, String what) {
        long multiplier = 1;
        if (!text.isEmpty()) {
            switch (text.charAt(text.length() - 1)) {
                case 'k', 'K' -> multiplier = 1L << 10;
                case 'm', 'M' -> multiplier = 1L << 20;
                case 'g', 'G' -> multiplier = 1L << 30;
                default -> multiplier = 1;
            }
            if (multiplier != 1) {
                text = text.substring(0, text.length() - 1);
            }
        }
        long v = parseNumber(text, what);
        if (v > Long.MAX_VALUE / multiplier) {
            throw new IllegalArgumentException(what + " too large: '" + text + "'");
        }
        return v * multiplier;
    }

    private static long parseNumber(String text, String what) {
        int radix = 10;
        String digits = text;
        if (text.startsWith("0x") || text.startsWith("0X")) {
            radix = 16;
            digits = text.substring(2);
        } else if (text.length() > 1 && text.startsWith("0")) {
            radix = 8;
            digits = text.substring(1);
        }
        if (digits.isEmpty() || digits.length() > 16) {
            throw new IllegalArgumentException("not a number for the " + what + ": '" + text + "'");
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0) {
                throw new IllegalArgumentException("not a number for the " + what + ": '" + text + "'");
            }
            v = v * radix + d;
            if (v < 0) {
                throw new IllegalArgumentException(what + " too large: '" + text + "'");
            }
        }
        return v;
    }
}
