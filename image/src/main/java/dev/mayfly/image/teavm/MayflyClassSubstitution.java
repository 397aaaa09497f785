package dev.mayfly.image.teavm;

import java.util.List;
import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Where the compiler looks for JDK classes first: Mayfly's class library. A class
 * {@code java.x.Y} is compiled from {@code dev.mayfly.jdk.java.x.Y} when the {@code jdk} module
 * has it, and from TeaVM's class library ({@code org.teavm.classlib.java.x.TY}) otherwise; a class
 * of {@code com.sun.net.httpserver} (and its {@code spi} subpackage), which TeaVM lacks entirely,
 * from {@code dev.mayfly.jdk.com.sun.net.httpserver}, and the server behind it from
 * {@code dev.mayfly.jdk.sun.net.httpserver} (the JDK's implementation package). A substituted
 * class's references to {@code dev.mayfly.jdk.<package>} classes are renamed to the JDK names,
 * but an ordinary class's are not: so every class that uses the substituted API must itself be
 * substituted, or the image holds two unrelated copies of it. This is
 * how Mayfly adds whole JDK classes that TeaVM lacks, or replaces ones that behave differently from
 * HotSpot; single methods are patched by {@link ClassLibraryPatcher}. Registered through
 * META-INF/services; it precedes TeaVM's own policy because the image jar comes first on the class
 * path.
 */
public final class MayflyClassSubstitution extends SimpleSubstitutionPolicy {
    /** The package under which the jdk module mirrors the JDK's packages. */
    public static final String PACKAGE_PREFIX = "dev.mayfly.jdk.";

    /** The JDK packages (with their subpackages) that the jdk module may provide. */
    public static final List<String> SUBSTITUTED_PACKAGES = List.of("java", "com.sun.net.httpserver", "sun.net.httpserver");

    @Override
    public void contribute(SubstitutionSink sink) {
        for (String root : SUBSTITUTED_PACKAGES) {
            sink.selectClasses(inPackage(root, true)).packagePrefix(PACKAGE_PREFIX);
        }
    }
}
