package dev.mayfly.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.cli.run.Networking;
import dev.mayfly.vmm.net.PortForward;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RunCommandNetworkTest {
    private static Networking parse(String... args) {
        RunCommand command = new RunCommand();
        new CommandLine(command).parseArgs(args);
        return command.networking();
    }

    private static UserFacingException failure(String... args) {
        return assertThrows(UserFacingException.class, () -> parse(args));
    }

    @Test
    void noNetworkWithoutPublishOrNet() {
        assertEquals(Networking.NONE, parse("app.img"));
    }

    @Test
    void publishImpliesTheUserModeNetworkAndIsRepeatable() {
        Networking n = parse("-p", "8080:80", "--publish", "9000", "app.img");
        assertEquals(Networking.Mode.USER, n.mode());
        assertEquals(List.of(new PortForward(8080, 80), new PortForward(9000, 9000)), n.portForwards());
    }

    @Test
    void netSelectsUserTapOrNone() {
        assertEquals(Networking.user(List.of()), parse("--net", "user", "app.img"));
        assertEquals(Networking.tap("mayfly0"), parse("--net", "tap", "app.img"));
        assertEquals(Networking.tap("tap7"), parse("--net", "tap:tap7", "app.img"));
        assertEquals(Networking.NONE, parse("--net", "none", "app.img"));
    }

    @Test
    void badInputIsOneUsageErrorLine() {
        for (String[] args : List.of(new String[] {"-p", "99999:80"}, new String[] {"-p", "abc"}, new String[] {"-p", "1:2:3"},
                new String[] {"-p", "80", "-p", "80:81"}, new String[] {"-p", "80", "--net", "tap"},
                new String[] {"--net", "wifi"}, new String[] {"--net", "tap:a/b"})) {
            String[] full = java.util.Arrays.copyOf(args, args.length + 1);
            full[args.length] = "app.img";
            UserFacingException e = failure(full);
            assertEquals(Mayfly.EXIT_USAGE, e.exitStatus(), e.getMessage());
            assertTrue(!e.getMessage().contains("\n") && !e.getMessage().isBlank(), e.getMessage());
        }
        assertTrue(failure("-p", "99999:80", "app.img").getMessage().contains("port 99999 is outside 1..65535"));
    }
}
