package dev.mayfly.image.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.teavm.model.ClassReaderSource;
import org.teavm.parsing.substitution.DefaultSubstituteClassNameMapping;

/** The class-name mapping TeaVM builds from {@link MayflyClassSubstitution}, checked through TeaVM's own implementation. */
class MayflyClassSubstitutionTest {
    private final DefaultSubstituteClassNameMapping mapping =
            DefaultSubstituteClassNameMapping.createWithPolicies(List.of(new MayflyClassSubstitution()));

    /** A class source that knows just the jdk module classes named here. */
    private static ClassReaderSource knowing(String... classes) {
        Set<String> known = Set.of(classes);
        ClassReaderSource nothing = name -> null;
        return name -> known.contains(name) ? new org.teavm.model.ClassHolder(name) : nothing.get(name);
    }

    @Test
    void httpServerClassesComeFromTheJdkModule() {
        ClassReaderSource source = knowing("dev.mayfly.jdk.com.sun.net.httpserver.HttpServer",
                "dev.mayfly.jdk.com.sun.net.httpserver.spi.HttpServerProvider");
        assertEquals("dev.mayfly.jdk.com.sun.net.httpserver.HttpServer",
                mapping.originalToSubstitute(source, "com.sun.net.httpserver.HttpServer"));
        assertEquals("dev.mayfly.jdk.com.sun.net.httpserver.spi.HttpServerProvider",
                mapping.originalToSubstitute(source, "com.sun.net.httpserver.spi.HttpServerProvider"));
    }

    @Test
    void referencesInsideTheJdkModuleMapBackToJdkNames() {
        assertEquals("com.sun.net.httpserver.HttpHandler",
                mapping.substituteToOriginal("dev.mayfly.jdk.com.sun.net.httpserver.HttpHandler"));
        assertEquals("java.lang.ExceptionInInitializerError",
                mapping.substituteToOriginal("dev.mayfly.jdk.java.lang.ExceptionInInitializerError"));
    }

    @Test
    void theServerImplementationIsCompiledInTheJdksImplementationPackage() {
        // So that its references to the API are renamed with it (one HttpServerProvider, not two).
        assertEquals("sun.net.httpserver.MayflyHttpServer",
                mapping.substituteToOriginal("dev.mayfly.jdk.sun.net.httpserver.MayflyHttpServer"));
        ClassReaderSource source = knowing("dev.mayfly.jdk.sun.net.httpserver.MayflyHttpServerProvider");
        assertEquals("dev.mayfly.jdk.sun.net.httpserver.MayflyHttpServerProvider",
                mapping.originalToSubstitute(source, "sun.net.httpserver.MayflyHttpServerProvider"));
    }

    @Test
    void patchClassesKeepTheirNames() {
        assertEquals("dev.mayfly.jdk.lang.StringPatch", mapping.substituteToOriginal("dev.mayfly.jdk.lang.StringPatch"));
    }

    @Test
    void otherComSunPackagesAreNotSubstituted() {
        ClassReaderSource source = knowing("dev.mayfly.jdk.com.sun.other.Thing");
        assertEquals("com.sun.other.Thing", mapping.originalToSubstitute(source, "com.sun.other.Thing"));
    }
}
