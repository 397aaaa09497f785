package dev.mayfly.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the running mayfly command's jar is. */
final class CliJar {
    private CliJar() {
    }

    static Path location() {
        try {
            return Path.of(Mayfly.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
