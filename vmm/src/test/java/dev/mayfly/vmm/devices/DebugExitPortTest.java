package dev.mayfly.vmm.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mayfly.vmm.devices.legacy.DebugExitPort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugExitPortTest {
    @Test
    void theWrittenValueIsTheStatusAtEveryWidth() {
        List<Integer> statuses = new ArrayList<>();
        DebugExitPort port = new DebugExitPort(statuses::add);
        port.write(DebugExitPort.PORT, 1, 3);
        port.write(DebugExitPort.PORT, 2, 0x1234);
        port.write(DebugExitPort.PORT, 4, 0xFFFF_FFFFL);
        assertEquals(List.of(3, 0x1234, -1), statuses);
        assertEquals(0, port.read(DebugExitPort.PORT, 4));
    }
}
