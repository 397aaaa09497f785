package dev.mayfly.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QuickRunArgumentsTest {
    /** Everything a run command was configured with, comparable. */
    private static List<Object> settings(RunCommand c) {
        return Arrays.asList(c.image, c.arguments, c.hypervisor, c.memory, c.env, c.accel, c.bootTrace, c.kernelArgs,
                c.timeoutSeconds, c.publish, c.net, c.verbose);
    }

    private static List<Object> parsedByPicocli(String... args) {
        RunCommand command = new RunCommand();
        new CommandLine(command).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        return settings(command);
    }

    private static void assertParsedAsPicocliDoes(String... args) {
        RunCommand quick = QuickRunArguments.parse(args);
        assertNotNull(quick, String.join(" ", args));
        assertEquals(parsedByPicocli(args), settings(quick), String.join(" ", args));
    }

    @Test
    void plainCommandLinesParseAsPicocliParsesThem() {
        assertParsedAsPicocliDoes("run", "app.img");
        assertParsedAsPicocliDoes("run", "--hypervisor", "mayfly", "app.img");
        assertParsedAsPicocliDoes("run", "app.img", "--", "a", "-b", "--c", "--");
        assertParsedAsPicocliDoes("run", "app.img", "x", "y");
        assertParsedAsPicocliDoes("run", "-m", "128M", "--env", "A=1", "-e", "B=2=3", "--boot-trace", "app.img", "--", "z");
        assertParsedAsPicocliDoes("run", "app.img", "--memory", "32M", "--accel", "tcg", "--timeout", "60", "-v");
        assertParsedAsPicocliDoes("run", "--kernel-arg", "mayfly.stack=4M", "--kernel-arg", "k=v", "-p", "8080:80",
                "--publish", "9000", "--net", "user", "--verbose", "app.img");
        assertParsedAsPicocliDoes("run", "--net", "tap:tap7", "dir/with space/app.img");
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (String[] args : List.of(
                new String[] {"run"},
                new String[] {"build", "--jar", "a.jar"},
                new String[] {"run", "--help"},
                new String[] {"run", "-h", "app.img"},
                new String[] {"run", "-V"},
                new String[] {"run", "--bogus", "app.img"},
                new String[] {"run", "-m=64M", "app.img"},
                new String[] {"run", "-m64M", "app.img"},
                new String[] {"run", "--hypervisor=mayfly", "app.img"},
                new String[] {"run", "-vh", "app.img"},
                new String[] {"run", "@options"},
                new String[] {"run", "app.img", "@more"},
                new String[] {"run", "-e", "@env"},
                new String[] {"run", "--memory"},
                new String[] {"run", "--memory", "--boot-trace", "app.img"},
                new String[] {"run", "--timeout", "0x10", "app.img"},
                new String[] {"run", "--timeout", "ten", "app.img"},
                new String[] {"run", "--hypervisor", "qemu", "--hypervisor", "mayfly", "app.img"},
                new String[] {"run", "-v", "--verbose", "app.img"},
                new String[] {"run", "--boot-trace"},
                new String[] {"run", "--", "app.img"},
                new String[] {"run", "-", "app.img"},
                new String[] {"run", "app.img", "-x"},
                new String[] {"run", "bad\0path.img"})) {
            assertNull(QuickRunArguments.parse(args), String.join(" ", args));
        }
    }
}
