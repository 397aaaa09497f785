package dev.mayfly.net.iface;

import dev.mayfly.net.wire.Ipv4Address;
import dev.mayfly.net.wire.MacAddress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Text parsers for configuration accept or reject any string, and reject only with IllegalArgumentException. */
class ConfigParsersProperties {

    @Provide
    Arbitrary<String> configText() {
        return Arbitraries.strings().withChars("0123456789.:/,abcdefipdhcon=- ").ofMaxLength(60);
    }

    @Property(tries = 3000)
    void ipParameterIsParsedOrRejected(@ForAll("configText") String text) {
        try {
            Ipv4Config c = Ipv4Config.parse(text);
            if (!c.isDhcp() && (c.prefixLength() < 0 || c.prefixLength() > 32)) {
                throw new AssertionError("bad prefix from " + text);
            }
        } catch (IllegalArgumentException rejected) {
            // fine
        }
        try {
            Ipv4Config.fromCommandLine("console=ttyS0 ip=" + text);
        } catch (IllegalArgumentException rejected) {
            // fine
        }
    }

    @Property(tries = 3000)
    void addressesAreParsedOrRejected(@ForAll("configText") String text) {
        try {
            Ipv4Address.parse(text);
        } catch (IllegalArgumentException rejected) {
            // fine
        }
        try {
            MacAddress.parse(text);
        } catch (IllegalArgumentException rejected) {
            // fine
        }
    }
}
