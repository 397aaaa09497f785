package dev.mayfly.image.teavm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.teavm.parsing.resource.Resource;
import org.teavm.parsing.resource.ResourceProvider;

/** The list of class-library patch classes, read from a resource of the platform class path. */
final class PatchList {
    private PatchList() {
    }

    static List<String> read(ResourceProvider resources, String name) {
        List<String> classes = new ArrayList<>();
        var iterator = resources.getResources(name);
        while (iterator.hasNext()) {
            Resource resource = iterator.next();
            try (InputStream in = resource.open()) {
                classes.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return classes;
    }

    /** One binary class name per line; blank lines and lines starting with '#' are ignored. */
    static List<String> parse(String text) {
        List<String> classes = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                classes.add(trimmed);
            }
        }
        return classes;
    }
}
