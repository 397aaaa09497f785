package dev.mayfly.vmm.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PortForwardTest {
    @Test
    void parsesHostColonGuestAndASinglePort() {
        assertEquals(new PortForward(8080, 80), PortForward.parse("8080:80"));
        assertEquals(new PortForward(8080, 8080), PortForward.parse("8080"));
    }

    @Test
    void rejectsPortsOutOfRangeAndGarbageWithAMessage() {
        for (String bad : new String[] {"99999:80", "0:80", "80:0", "abc", "", ":80", "80:", "1:2:3", "-1:80", "80:65536", "8080 :80x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortForward.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'") || e.getMessage().contains("port"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PortForward.parse("99999:80")).getMessage()
                .contains("port 99999 is outside 1..65535"));
    }

    @Property
    void roundTripsThroughItsText(@ForAll @IntRange(min = 1, max = 65535) int host, @ForAll @IntRange(min = 1, max = 65535) int guest) {
        PortForward f = new PortForward(host, guest);
        assertEquals(f, PortForward.parse(f.toString()));
    }

    @Test
    void aHostPortForwardedTwiceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> UserNetwork.forwarding(new PortForward(1, 2), new PortForward(1, 3)));
    }
}
