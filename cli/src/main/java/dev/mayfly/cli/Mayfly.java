package dev.mayfly.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mayfly} command as picocli parses it: builds Mayfly images and runs them ({@link Main} is the entry point). */
@Command(name = "mayfly", mixinStandardHelpOptions = true, version = "mayfly 0.1.0",
        description = "Builds Java applications into unikernel images and runs them.")
public final class Mayfly implements Runnable {
    /**
     * The subcommands, in help order. They are registered programmatically so that a command line
     * naming one builds only that one's model: picocli reflects over every option of every
     * registered command at start-up, and `mayfly run` is on the boot-time path.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("build", BuildCommand::new);
        m.put("run", RunCommand::new);
        m.put("bench", BenchCommand::new);
        return m;
    }

    /** Exit status for bad usage or input (sysexits.h EX_USAGE). */
    public static final int EXIT_USAGE = 64;
    /** Exit status when a build or run fails for a reason the message explains. */
    public static final int EXIT_FAILED = 70;

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /**
     * The Mayfly checkout the command belongs to: {@code -Dmayfly.home} (the ./mayfly launcher sets
     * it), else the directory above {@code cli/target/mayfly.jar}, else the current directory.
     */
    public static java.nio.file.Path home() {
        String property = System.getProperty("mayfly.home");
        if (property != null) {
            return java.nio.file.Path.of(property);
        }
        java.nio.file.Path jar = CliJar.location();
        java.nio.file.Path target = jar.getParent();
        if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                && target.getParent() != null && target.getParent().getParent() != null) {
            return target.getParent().getParent();
        }
        return java.nio.file.Path.of("");
    }

    /** Runs the command line through picocli and returns the exit status. */
    static int execute(String[] args) {
        return commandLine(args.length > 0 ? args[0] : null).execute(args);
    }

    /** Prints a command's failure (one line, a stack trace only with --verbose) and returns the exit status. */
    static int reportFailure(Exception e, String commandName, boolean verbose, PrintWriter err) {
        if (e instanceof UserFacingException u) {
            err.println("mayfly " + commandName + ": " + u.getMessage());
            if (verbose && u.getCause() != null) {
                u.getCause().printStackTrace(err);
            }
            return u.exitStatus();
        }
        err.println("mayfly " + commandName + ": internal error: " + e);
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("(run with --verbose for the stack trace)");
        }
        return EXIT_FAILED;
    }

    /** The configured command line with every subcommand, for tests. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /** The configured command line; when {@code first} names a subcommand, only that one is registered. */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new Mayfly());
        boolean one = first != null && SUBCOMMANDS.containsKey(first);
        for (Map.Entry<String, Supplier<Object>> e : SUBCOMMANDS.entrySet()) {
            if (!one || e.getKey().equals(first)) {
                cl.addSubcommand(e.getKey(), e.getValue().get());
            }
        }
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("mayfly " + cmd.getCommandName() + ": " + e.getMessage());
            cmd.getErr().println("(mayfly " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ") + "--help for usage)");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean verbose = cmd.getCommandSpec().findOption("--verbose") != null
                    && Boolean.TRUE.equals(cmd.getCommandSpec().findOption("--verbose").getValue());
            return reportFailure(e, cmd.getCommandName(), verbose, cmd.getErr());
        });
        return cl;
    }
}
