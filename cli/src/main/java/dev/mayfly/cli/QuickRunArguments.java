package dev.mayfly.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The command line of a plain {@code mayfly run}, parsed without picocli: `mayfly run` is on the
 * boot-time path, and picocli's reflective model of a command costs more start-up time than booting the
 * guest. It accepts only what it parses exactly as picocli does: the options of {@link RunCommand} as
 * separate words ({@code -m 64M}, not {@code -m=64M} or {@code -m64M}), each single-valued one at most
 * once, one image and the application's arguments. Anything else — {@code --help}, an unknown or
 * attached option, an {@code @file}, a value that looks like an option, no image — is left to picocli,
 * so errors and help read exactly as before.
 */
final class QuickRunArguments {
    private QuickRunArguments() {
    }

    /** The configured {@code run} command, or null when picocli must parse {@code args}. */
    static RunCommand parse(String[] args) {
        if (args.length < 2 || !args[0].equals("run")) {
            return null;
        }
        RunCommand command = new RunCommand();
        boolean hypervisor = false;
        boolean memory = false;
        boolean accel = false;
        boolean net = false;
        boolean bootTrace = false;
        boolean verbose = false;
        Path image = null;
        boolean endOfOptions = false;
        for (int i = 1; i < args.length; i++) {
            String word = args[i];
            if (word.startsWith("@")) {
                return null;
            }
            if (endOfOptions || !word.startsWith("-")) {
                if (image == null) {
                    if (endOfOptions) {
                        return null;
                    }
                    try {
                        image = Path.of(word);
                    } catch (InvalidPathException e) {
                        return null;
                    }
                } else {
                    command.arguments.add(word);
                }
                continue;
            }
            if (word.equals("--")) {
                endOfOptions = true;
                continue;
            }
            switch (word) {
                case "--boot-trace" -> {
                    if (bootTrace) {
                        return null;
                    }
                    bootTrace = true;
                    command.bootTrace = true;
                    continue;
                }
                case "-v", "--verbose" -> {
                    if (verbose) {
                        return null;
                    }
                    verbose = true;
                    command.verbose = true;
                    continue;
                }
                default -> {
                    // an option with a value, below
                }
            }
            if (i + 1 >= args.length) {
                return null;
            }
            String value = args[++i];
            if (value.startsWith("-") || value.startsWith("@")) {
                return null;
            }
            switch (word) {
                case "--hypervisor" -> {
                    if (hypervisor) {
                        return null;
                    }
                    hypervisor = true;
                    command.hypervisor = value;
                }
                case "-m", "--memory" -> {
                    if (memory) {
                        return null;
                    }
                    memory = true;
                    command.memory = value;
                }
                case "--accel" -> {
                    if (accel) {
                        return null;
                    }
                    accel = true;
                    command.accel = value;
                }
                case "--net" -> {
                    if (net) {
                        return null;
                    }
                    net = true;
                    command.net = value;
                }
                case "--timeout" -> {
                    if (command.timeoutSeconds != null || !isDecimal(value)) {
                        return null;
                    }
                    command.timeoutSeconds = Long.parseLong(value);
                }
                case "-e", "--env" -> command.env.add(value);
                case "--kernel-arg" -> command.kernelArgs.add(value);
                case "-p", "--publish" -> command.publish.add(value);
                default -> {
                    return null;
                }
            }
        }
        if (image == null) {
            return null;
        }
        command.image = image;
        return command;
    }

    /** Digits only, few enough for a long: what picocli's Long conversion reads the same way. */
    private static boolean isDecimal(String value) {
        if (value.isEmpty() || value.length() > 18) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

}
