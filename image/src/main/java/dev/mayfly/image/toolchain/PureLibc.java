package dev.mayfly.image.toolchain;

import dev.mayfly.image.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pure part of Debian's musl static libc: the archive members that never make a system call,
 * never touch thread-local storage (%fs), and need nothing but other pure members and the
 * kernel's own functions. Math and setjmp come from here (DESIGN.md decision 3); anything that
 * would reach the host kernel cannot, so an image never contains a {@code syscall} instruction.
 */
public final class PureLibc {
    /** Where Debian's musl-dev puts the static libc. */
    public static final Path MUSL_LIBC = Path.of("/usr/lib/x86_64-linux-musl/libc.a");

    private PureLibc() {
    }

    /** Member of an archive with the symbols it defines and needs, and whether its code is clean. */
    record Member(String name, Set<String> defines, Set<String> needs, boolean clean) {
    }

    /**
     * Writes (or reuses from cacheDir) an archive of the pure members.
     *
     * @param kernelSymbols symbols the kernel defines; a member may depend on them
     */
    public static Path archive(Path cacheDir, Set<String> kernelSymbols, Tool ar, Tool nm, Tool objdump)
            throws BuildException {
        if (!Files.isRegularFile(MUSL_LIBC)) {
            throw new BuildException(MUSL_LIBC + " not found; install the Debian package musl-dev"
                    + " (./mayfly installs it when run as root)");
        }
        Path archive = cacheDir.resolve("libmayfly-pure.a");
        if (Files.isRegularFile(archive)) {
            return archive;
        }
        try {
            Files.createDirectories(cacheDir);
            Map<String, Member> members = members(nm.run(cacheDir, List.of("-A", MUSL_LIBC.toString())),
                    uncleanMembers(objdump.run(cacheDir, List.of("-d", "--no-show-raw-insn", MUSL_LIBC.toString()))));
            Set<String> pure = pureMembers(members, kernelSymbols);
            Path extract = Files.createTempDirectory(cacheDir, "extract");
            List<String> names = new ArrayList<>(pure);
            names.sort(null);
            List<String> args = new ArrayList<>(List.of("x", MUSL_LIBC.toString()));
            args.addAll(names);
            ar.run(extract, args);
            Path tmp = cacheDir.resolve("libmayfly-pure.a.tmp");
            Files.deleteIfExists(tmp);
            List<String> create = new ArrayList<>(List.of("rcs", tmp.toString()));
            create.addAll(names);
            ar.run(extract, create);
            Files.move(tmp, archive, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            try (var walk = Files.walk(extract)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            return archive;
        } catch (IOException e) {
            throw new BuildException("cannot prepare the pure libc archive in " + cacheDir + ": " + e.getMessage(), e);
        }
    }

    /** Members whose disassembly contains a system call or a %fs-relative access. */
    static Set<String> uncleanMembers(String objdumpOutput) {
        Set<String> unclean = new HashSet<>();
        String current = null;
        for (String line : objdumpOutput.split("\n")) {
            int format = line.indexOf(":     file format ");
            if (format > 0) {
                current = line.substring(0, format);
                continue;
            }
            if (current != null && (line.contains("\tsyscall") || usesThreadPointer(line))) {
                unclean.add(current);
            }
        }
        return unclean;
    }

    /**
     * Whether an instruction reads thread-local storage through %fs, other than the
     * stack-protector canary at %fs:0x28, which the kernel provides (mayfly_thread_block).
     */
    static boolean usesThreadPointer(String instruction) {
        String canary = "%fs:0x28";
        for (int at = instruction.indexOf("%fs:"); at >= 0; at = instruction.indexOf("%fs:", at + 4)) {
            int after = at + canary.length();
            boolean isCanary = instruction.startsWith(canary, at)
                    && (after == instruction.length() || !Character.isLetterOrDigit(instruction.charAt(after)));
            if (!isCanary) {
                return true;
            }
        }
        return false;
    }

    /** Parses {@code nm -A} output: "archive:member:[value] type symbol". */
    static Map<String, Member> members(String nmOutput, Set<String> unclean) {
        Map<String, Set<String>> defines = new LinkedHashMap<>();
        Map<String, Set<String>> needs = new HashMap<>();
        for (String line : nmOutput.split("\n")) {
            int archiveEnd = line.indexOf(".a:");
            int memberEnd = archiveEnd < 0 ? -1 : line.indexOf(':', archiveEnd + 3);
            if (memberEnd < 0) {
                continue;
            }
            String member = line.substring(archiveEnd + 3, memberEnd);
            String[] parts = line.substring(memberEnd + 1).trim().split("\\s+");
            defines.computeIfAbsent(member, k -> new HashSet<>());
            needs.computeIfAbsent(member, k -> new HashSet<>());
            if (parts.length < 2) {
                continue;
            }
            String type = parts[parts.length - 2];
            String symbol = parts[parts.length - 1];
            if (type.equals("U")) {
                needs.get(member).add(symbol);
            } else if (Character.isUpperCase(type.charAt(0))) {
                defines.get(member).add(symbol);
            }
        }
        Map<String, Member> result = new LinkedHashMap<>();
        for (String m : defines.keySet()) {
            result.put(m, new Member(m, defines.get(m), needs.get(m), !unclean.contains(m)));
        }
        return result;
    }

    /** The fixpoint: clean members whose every need is met by the kernel or by pure members. */
    static Set<String> pureMembers(Map<String, Member> members, Set<String> kernelSymbols) {
        Set<String> pure = new HashSet<>();
        for (Member m : members.values()) {
            if (m.clean()) {
                pure.add(m.name());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<String> available = new HashSet<>(kernelSymbols);
            for (String p : pure) {
                available.addAll(members.get(p).defines());
            }
            for (var it = pure.iterator(); it.hasNext(); ) {
                Member m = members.get(it.next());
                if (!available.containsAll(m.needs())) {
                    it.remove();
                    changed = true;
                }
            }
        }
        return pure;
    }
}
