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
        if (quickRun == null) {
            System.exit(Mayfly.execute(args));
        }
        int status = run(quickRun);
        System.out.flush();
        System.err.flush();
        // System.exit logs the exit through System.Logger, whose first use looks for a LoggerFinder in
        // every jar of the class path (36 jars: 30-70 ms after the guest has ended, measured here).
        // `run` leaves no shutdown hook behind (each hypervisor removes its own when the guest ends),
        // so halting skips nothing.
        Runtime.getRuntime().halt(status);
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
