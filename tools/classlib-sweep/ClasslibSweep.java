import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.classfile.AccessFlags;
import java.lang.classfile.Annotation;
import java.lang.classfile.AnnotationElement;
import java.lang.classfile.AnnotationValue;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.RuntimeInvisibleAnnotationsAttribute;
import java.lang.classfile.attribute.RuntimeVisibleAnnotationsAttribute;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.reflect.AccessFlag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class-library sweep: lists the public JDK API (of the packages Mayfly promises, see
 * {@link #SCOPE}) that the class library compiled into a Mayfly image lacks.
 *
 * <p>The compiled class library is what the image builder sees: TeaVM's classes
 * ({@code org.teavm.classlib.java.x.TY} stands for {@code java.x.Y}; {@code org.threeten.bp.X},
 * the ThreeTen backport, for {@code java.time.X}), replaced whole by Mayfly's
 * ({@code dev.mayfly.jdk.java.x.Y}), plus the single-method patches of the {@code jdk} module
 * ({@code @PatchFor}, listed in {@code META-INF/mayfly/class-library-patches}). A JDK method counts
 * as supported when the library's class, or one of its supertypes, has a method of that name and
 * descriptor; a method whose body calls {@code org.teavm.jso} (the browser) is reported as
 * present-but-JS-only, since it cannot work on the C target.
 *
 * <p>Reads class files with the JDK 25 class-file API ({@code java.lang.classfile}); the JDK's own
 * classes come from the running JDK's {@code jrt:/} file system, so run it with JDK 25:
 * <pre>java ClasslibSweep.java --teavm teavm-classlib.jar --mayfly jdk/target/classes --out unsupported.txt</pre>
 * (the {@code sweep} script next to this file finds the paths). Methods deprecated for removal
 * and classes in {@link #NOT_APPLICABLE} are left out of the list.
 */
public final class ClasslibSweep {

    /** Packages swept whole, and single classes of packages swept only in part (java.time basics etc.). */
    static final List<String> SCOPE = List.of(
            "java.lang.*", "java.util.*", "java.util.function.*", "java.util.stream.*", "java.util.regex.*",
            "java.util.concurrent.*", "java.util.concurrent.locks.*", "java.util.concurrent.atomic.*",
            "java.nio.charset.*",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime", "java.time.Instant",
            "java.time.Duration", "java.time.Period", "java.time.DayOfWeek", "java.time.Month",
            "java.time.ZoneOffset", "java.time.ZoneId", "java.time.Clock", "java.time.DateTimeException",
            "java.time.format.DateTimeFormatter", "java.time.format.DateTimeParseException",
            "java.time.temporal.ChronoUnit", "java.time.temporal.ChronoField",
            "java.util.zip.CRC32", "java.util.zip.CRC32C", "java.util.zip.Adler32", "java.util.zip.Checksum");

    /** JDK classes that make no sense in a single-address-space unikernel without class loading or processes. */
    static final Set<String> NOT_APPLICABLE = Set.of(
            "java.lang.ClassLoader", "java.lang.SecurityManager", "java.lang.Process", "java.lang.ProcessBuilder",
            "java.lang.ProcessBuilder$Redirect", "java.lang.ProcessBuilder$Redirect$Type", "java.lang.ProcessHandle",
            "java.lang.ProcessHandle$Info", "java.lang.Module", "java.lang.ModuleLayer", "java.lang.ModuleLayer$Controller",
            "java.lang.Compiler", "java.lang.RuntimePermission", "java.lang.StackWalker", "java.lang.StackWalker$StackFrame",
            "java.lang.StackWalker$Option", "java.lang.System$LoggerFinder", "java.lang.ScopedValue",
            "java.lang.ScopedValue$Carrier", "java.lang.ScopedValue$CallableOp", "java.lang.IllegalCallerException",
            "java.lang.LayerInstantiationException", "java.lang.ClassValue", "java.lang.Package",
            "java.lang.Runtime$Version", "java.lang.WrongThreadException", "java.lang.Thread$Builder",
            "java.lang.Thread$Builder$OfPlatform", "java.lang.Thread$Builder$OfVirtual", "java.lang.StringTemplate",
            "java.util.ServiceLoader", "java.util.ServiceLoader$Provider", "java.util.PropertyPermission",
            "java.util.concurrent.ForkJoinWorkerThread", "java.util.concurrent.StructuredTaskScope");

    /** TeaVM compiles java.time from the ThreeTen backport, under this package (ClasslibSubstitutionPolicy). */
    private static final String THREETEN = "org/threeten/bp/";
    private static final Pattern TEAVM_NAME = Pattern.compile("org/teavm/classlib/((?:[a-z0-9_]+/)*)T([A-Za-z0-9_$]+)");
    private static final Pattern MAYFLY_NAME = Pattern.compile("dev/mayfly/jdk/(java/[A-Za-z0-9_/$]+)");
    private static final String PATCH_FOR = "Ldev/mayfly/jdk/patch/PatchFor;";
    private static final String INSTANCE_METHOD = "Ldev/mayfly/jdk/patch/InstanceMethod;";

    /** A class of the compiled library, in JDK names: its supertypes and its methods ("name(desc)"). */
    record LibClass(String name, String superName, List<String> interfaces, Set<String> methods, Set<String> jsOnly) {
    }

    private final Map<String, LibClass> library = new HashMap<>();

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--teavm") || !options.containsKey("--mayfly")) {
            System.err.println("usage: java ClasslibSweep.java --teavm <teavm-classlib.jar> --mayfly <jdk classes dir or jar> [--out <file>]");
            System.exit(2);
        }
        ClasslibSweep sweep = new ClasslibSweep();
        sweep.loadTeaVM(Path.of(options.get("--teavm")));
        sweep.loadMayfly(Path.of(options.get("--mayfly")));
        List<String> report = sweep.report();
        if (options.containsKey("--out")) {
            Files.write(Path.of(options.get("--out")), report, StandardCharsets.UTF_8);
            System.out.println(report.get(report.size() - 1));
        } else {
            report.forEach(System.out::println);
        }
    }

    // ---------------------------------------------------------------- the compiled class library

    void loadTeaVM(Path jar) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            for (ClassModel model : classesUnder(zip.getPath("/org/teavm/classlib"))) {
                String internal = model.thisClass().asInternalName();
                Matcher m = TEAVM_NAME.matcher(internal);
                if (m.matches()) {
                    LibClass cls = libClass(model, ClasslibSweep::fromTeaVM);
                    library.put(cls.name(), cls);
                }
            }
            for (ClassModel model : classesUnder(zip.getPath("/" + THREETEN))) {
                LibClass cls = libClass(model, ClasslibSweep::fromTeaVM);
                library.put(cls.name(), cls);
            }
        }
    }

    void loadMayfly(Path classes) throws IOException {
        FileSystem zip = Files.isDirectory(classes) ? null : FileSystems.newFileSystem(classes);
        try {
            Path root = zip == null ? classes : zip.getPath("/");
            List<ClassModel> models = classesUnder(root.resolve("dev/mayfly/jdk"));
            for (ClassModel model : models) {
                if (MAYFLY_NAME.matcher(model.thisClass().asInternalName()).matches()) {
                    LibClass cls = libClass(model, ClasslibSweep::fromMayfly);
                    library.put(cls.name(), cls);
                }
            }
            Path patchList = root.resolve("META-INF/mayfly/class-library-patches");
            Set<String> patches = new HashSet<>();
            if (Files.exists(patchList)) {
                for (String line : Files.readAllLines(patchList)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        patches.add(line.strip().replace('.', '/'));
                    }
                }
            }
            for (ClassModel model : models) {
                if (patches.contains(model.thisClass().asInternalName())) {
                    applyPatch(model);
                }
            }
        } finally {
            if (zip != null) {
                zip.close();
            }
        }
    }

    private void applyPatch(ClassModel patch) {
        String target = annotationValue(patch, PATCH_FOR);
        if (target == null) {
            return;
        }
        LibClass cls = library.computeIfAbsent(target,
                n -> new LibClass(n, "java.lang.Object", List.of(), new HashSet<>(), new HashSet<>()));
        for (MethodModel method : patch.methods()) {
            if (!method.flags().has(AccessFlag.PUBLIC) || !method.flags().has(AccessFlag.STATIC)) {
                continue;
            }
            String desc = mapDescriptor(method.methodType().stringValue(), ClasslibSweep::fromMayfly);
            if (hasAnnotation(method, INSTANCE_METHOD)) {
                desc = "(" + desc.substring(desc.indexOf(';') + 1);
            }
            String key = method.methodName().stringValue() + desc;
            cls.methods().add(key);
            cls.jsOnly().remove(key);
        }
    }

    private static LibClass libClass(ClassModel model, java.util.function.UnaryOperator<String> rename) {
        String name = rename.apply(model.thisClass().asInternalName()).replace('/', '.');
        String superName = model.superclass().map(c -> rename.apply(c.asInternalName()).replace('/', '.')).orElse(null);
        List<String> interfaces = model.interfaces().stream()
                .map(c -> rename.apply(c.asInternalName()).replace('/', '.')).toList();
        Set<String> methods = new HashSet<>();
        Set<String> jsOnly = new HashSet<>();
        for (MethodModel method : model.methods()) {
            if (method.flags().has(AccessFlag.PRIVATE)) {
                continue;
            }
            String key = method.methodName().stringValue() + mapDescriptor(method.methodType().stringValue(), rename);
            methods.add(key);
            if (callsBrowser(method)) {
                jsOnly.add(key);
            }
        }
        return new LibClass(name, superName, interfaces, methods, jsOnly);
    }

    private static boolean callsBrowser(MethodModel method) {
        return method.findAttribute(Attributes.code()).map(code -> code.elementStream()
                        .anyMatch(e -> e instanceof InvokeInstruction call
                                && call.owner().asInternalName().startsWith("org/teavm/jso/")))
                .orElse(false);
    }

    static String fromTeaVM(String internal) {
        if (internal.startsWith(THREETEN)) {
            return "java/time/" + internal.substring(THREETEN.length());
        }
        Matcher m = TEAVM_NAME.matcher(internal);
        return m.matches() ? m.group(1) + m.group(2) : internal;
    }

    static String fromMayfly(String internal) {
        Matcher m = MAYFLY_NAME.matcher(internal);
        return m.matches() ? m.group(1) : internal;
    }

    private static final Pattern OBJECT_TYPE = Pattern.compile("L([^;]+);");

    static String mapDescriptor(String descriptor, java.util.function.UnaryOperator<String> rename) {
        Matcher m = OBJECT_TYPE.matcher(descriptor);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("L" + rename.apply(m.group(1)) + ";"));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---------------------------------------------------------------- the JDK's API and the report

    List<String> report() throws IOException {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        Map<String, ClassModel> jdk = new TreeMap<>();
        for (String entry : SCOPE) {
            String pkg = entry.endsWith(".*") ? entry.substring(0, entry.length() - 2) : entry.substring(0, entry.lastIndexOf('.'));
            Path dir = jrt.getPath("/modules/java.base", pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    ClassModel model = parse(file);
                    String name = model.thisClass().asInternalName().replace('/', '.');
                    String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
                    boolean inScope = entry.endsWith(".*") || outer.equals(entry);
                    if (inScope && isPublicApi(model) && !NOT_APPLICABLE.contains(name)) {
                        jdk.put(name, model);
                    }
                }
            }
        }

        // A nested class is API only when its enclosing class is (TreeMap order puts outer first).
        jdk.keySet().removeIf(name -> name.contains("$") && !jdk.containsKey(name.substring(0, name.lastIndexOf('$'))));

        List<String> missingClasses = new ArrayList<>();
        Map<String, List<String>> missingMethods = new LinkedHashMap<>();
        Map<String, List<String>> jsOnlyMethods = new LinkedHashMap<>();
        int apiMethods = 0;
        for (Map.Entry<String, ClassModel> e : jdk.entrySet()) {
            String name = e.getKey();
            List<MethodModel> api = e.getValue().methods().stream().filter(ClasslibSweep::isPublicApi).toList();
            apiMethods += api.size();
            if (!library.containsKey(name)) {
                missingClasses.add(name + " (" + api.size() + " methods)");
                continue;
            }
            for (MethodModel method : api) {
                String key = method.methodName().stringValue() + method.methodType().stringValue();
                String where = find(name, key, method.flags().has(AccessFlag.STATIC), new HashSet<>());
                if (where == null) {
                    missingMethods.computeIfAbsent(name, k -> new ArrayList<>()).add(signature(method));
                } else if (library.get(where).jsOnly().contains(key)) {
                    jsOnlyMethods.computeIfAbsent(name, k -> new ArrayList<>()).add(signature(method));
                }
            }
        }

        List<String> out = new ArrayList<>();
        out.add("# What the Mayfly class library still lacks of the JDK " + Runtime.version().feature() + " API");
        out.add("# Generated by tools/classlib-sweep/sweep (ClasslibSweep.java); do not edit by hand.");
        out.add("# Scope: " + String.join(" ", SCOPE));
        out.add("# Left out: preview API, methods deprecated for removal, and " + NOT_APPLICABLE.size() + " classes that do not apply to a unikernel (see NOT_APPLICABLE).");
        out.add("");
        out.add("## Missing classes (" + missingClasses.size() + ")");
        missingClasses.forEach(c -> out.add(c));
        out.add("");
        int missingCount = missingMethods.values().stream().mapToInt(List::size).sum();
        out.add("## Missing methods (" + missingCount + ", in " + missingMethods.size() + " classes)");
        missingMethods.forEach((cls, methods) -> {
            out.add(cls);
            new TreeSet<>(methods).forEach(m -> out.add("    " + m));
        });
        out.add("");
        int jsCount = jsOnlyMethods.values().stream().mapToInt(List::size).sum();
        out.add("## Present but browser-only: they cannot run on the C target (" + jsCount + ")");
        jsOnlyMethods.forEach((cls, methods) -> {
            out.add(cls);
            new TreeSet<>(methods).forEach(m -> out.add("    " + m));
        });
        out.add("");
        out.add("# Summary: " + jdk.size() + " public classes and " + apiMethods + " public methods in scope; missing "
                + missingClasses.size() + " classes and " + missingCount + " methods of present classes; "
                + jsCount + " browser-only methods.");
        return out;
    }

    /** The library class (this one or a supertype) that declares {@code key}, or null. */
    private String find(String name, String key, boolean isStatic, Set<String> seen) {
        LibClass cls = library.get(name);
        if (cls == null || !seen.add(name)) {
            return null;
        }
        if (cls.methods().contains(key)) {
            return name;
        }
        if (key.startsWith("<init>")) {
            return null;
        }
        if (cls.superName() != null) {
            String found = find(cls.superName(), key, isStatic, seen);
            if (found != null) {
                return found;
            }
        }
        if (!isStatic) {
            for (String iface : cls.interfaces()) {
                String found = find(iface, key, false, seen);
                if (found != null) {
                    return found;
                }
            }
            if (!"java.lang.Object".equals(name)) {
                return find("java.lang.Object", key, false, seen);
            }
        }
        return null;
    }

    private static boolean isPublicApi(ClassModel model) {
        if (!model.flags().has(AccessFlag.PUBLIC) || model.flags().has(AccessFlag.SYNTHETIC)) {
            return false;
        }
        // A nested class is API only when its InnerClasses entry says public (the class flag does not).
        String internal = model.thisClass().asInternalName();
        return model.findAttribute(Attributes.innerClasses()).map(attr -> attr.classes().stream()
                        .filter(ic -> ic.innerClass().asInternalName().equals(internal))
                        .allMatch(ic -> ic.flags().contains(AccessFlag.PUBLIC) || ic.flags().contains(AccessFlag.PROTECTED)))
                .orElse(true) && !deprecatedForRemoval(model.findAttribute(Attributes.runtimeVisibleAnnotations()).orElse(null))
                && !preview(model.findAttribute(Attributes.runtimeInvisibleAnnotations()).orElse(null));
    }

    private static boolean isPublicApi(MethodModel method) {
        AccessFlags flags = method.flags();
        if (!(flags.has(AccessFlag.PUBLIC) || flags.has(AccessFlag.PROTECTED))
                || flags.has(AccessFlag.SYNTHETIC) || flags.has(AccessFlag.BRIDGE)
                || method.methodName().stringValue().equals("<clinit>")) {
            return false;
        }
        return !deprecatedForRemoval(method.findAttribute(Attributes.runtimeVisibleAnnotations()).orElse(null))
                && !preview(method.findAttribute(Attributes.runtimeInvisibleAnnotations()).orElse(null));
    }

    /** Preview API ({@code @jdk.internal.javac.PreviewFeature}) is not part of the promise. */
    private static boolean preview(RuntimeInvisibleAnnotationsAttribute annotations) {
        return annotations != null && annotations.annotations().stream()
                .anyMatch(a -> a.className().stringValue().equals("Ljdk/internal/javac/PreviewFeature;"));
    }

    private static boolean deprecatedForRemoval(RuntimeVisibleAnnotationsAttribute annotations) {
        if (annotations == null) {
            return false;
        }
        for (Annotation a : annotations.annotations()) {
            if (a.className().stringValue().equals("Ljava/lang/Deprecated;")) {
                for (AnnotationElement element : a.elements()) {
                    if (element.name().stringValue().equals("forRemoval")
                            && element.value() instanceof AnnotationValue.OfBoolean b && b.booleanValue()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String signature(MethodModel method) {
        var type = method.methodTypeSymbol();
        StringBuilder sb = new StringBuilder();
        if (method.flags().has(AccessFlag.STATIC)) {
            sb.append("static ");
        }
        String name = method.methodName().stringValue();
        if (!name.equals("<init>")) {
            sb.append(type.returnType().displayName()).append(' ');
        }
        sb.append(name.equals("<init>") ? "<init>" : name).append('(');
        for (int i = 0; i < type.parameterCount(); i++) {
            sb.append(i == 0 ? "" : ", ").append(type.parameterType(i).displayName());
        }
        return sb.append(')').toString();
    }

    // ---------------------------------------------------------------- class files

    private static List<ClassModel> classesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class")).map(ClasslibSweep::parse).toList();
        }
    }

    private static ClassModel parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ClassFile.of().parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String annotationValue(ClassModel model, String annotation) {
        for (var attr : List.of(model.findAttribute(Attributes.runtimeInvisibleAnnotations()).map(RuntimeInvisibleAnnotationsAttribute::annotations),
                model.findAttribute(Attributes.runtimeVisibleAnnotations()).map(RuntimeVisibleAnnotationsAttribute::annotations))) {
            for (Annotation a : attr.orElse(List.of())) {
                if (a.className().stringValue().equals(annotation)) {
                    for (AnnotationElement element : a.elements()) {
                        if (element.value() instanceof AnnotationValue.OfString s) {
                            return s.stringValue();
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean hasAnnotation(MethodModel method, String annotation) {
        return Stream.concat(
                        method.findAttribute(Attributes.runtimeInvisibleAnnotations()).map(RuntimeInvisibleAnnotationsAttribute::annotations).orElse(List.of()).stream(),
                        method.findAttribute(Attributes.runtimeVisibleAnnotations()).map(RuntimeVisibleAnnotationsAttribute::annotations).orElse(List.of()).stream())
                .anyMatch(a -> a.className().stringValue().equals(annotation));
    }
}
