package dev.mayfly.vmm.kvm;

/** Linux errno values (asm-generic/errno-base.h) that the VMM reacts to or names in messages. */
public final class Errno {
    private Errno() {}

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENXIO = 6;
    public static final int E2BIG = 7;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int ENODEV = 19;
    public static final int EINVAL = 22;
    public static final int EMFILE = 24;
    public static final int ENOTTY = 25;
    public static final int ENOSPC = 28;
    public static final int EOPNOTSUPP = 95;

    private static final String[] NAMES = new String[96];

    static {
        NAMES[EPERM] = "EPERM"; NAMES[ENOENT] = "ENOENT"; NAMES[EINTR] = "EINTR"; NAMES[EIO] = "EIO";
        NAMES[ENXIO] = "ENXIO"; NAMES[E2BIG] = "E2BIG"; NAMES[EBADF] = "EBADF"; NAMES[EAGAIN] = "EAGAIN";
        NAMES[ENOMEM] = "ENOMEM"; NAMES[EACCES] = "EACCES"; NAMES[EFAULT] = "EFAULT"; NAMES[EBUSY] = "EBUSY";
        NAMES[EEXIST] = "EEXIST"; NAMES[ENODEV] = "ENODEV"; NAMES[EINVAL] = "EINVAL"; NAMES[EMFILE] = "EMFILE";
        NAMES[ENOTTY] = "ENOTTY"; NAMES[ENOSPC] = "ENOSPC"; NAMES[EOPNOTSUPP] = "EOPNOTSUPP";
    }

    /** The symbolic name of {@code errno}, or {@code "errno N"} when it has none here. */
    public static String name(int errno) {
        if (errno > 0 && errno < NAMES.length && NAMES[errno] != null) {
            return NAMES[errno];
        }
        return "errno " + errno;
    }
}
