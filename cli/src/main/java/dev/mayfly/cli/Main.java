package dev.mayfly.cli;

import java.io.PrintWriter;

/**
 * The entry point of the {@code mayfly} command (the jar's Main-Class): a plain {@code mayfly run}
 * goes straight to {@link RunCommand}, everything else through picocli ({@link Mayfly}).
 *
 * <p>This class names no picocli type: the Java launcher reflects over the main class's methods, which
 * loads every class in their signatures, and picocli costs `mayfly run` more start-up time than booting
 * the guest.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        RunCommand quickRun = QuickRunArguments.parse(args);
        System.exit(quickRun != null ? run(quickRun) : Mayfly.execute(args));
    }

    /** Runs a {@code run} command parsed by {@link QuickRunArguments}, failing as picocli's handler does. */
    private static int run(RunCommand command) {
        command.prepareInBackground();
        try {
            return command.call();
        } catch (Exception e) {
            PrintWriter err = new PrintWriter(System.err, true);
            int status = Mayfly.reportFailure(e, "run", command.verbose, err);
            err.flush();
            return status;
        }
    }
}
