package dev.mayfly.conformance;

import dev.mayfly.conformance.programs.*;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the conformance programs in a fixed order in one process (on Mayfly: one image, one boot),
 * printing {@code === <Name> ===} before each program and {@code === end ===} after the last.
 *
 * <p>The list is static because the compiled runtime has no reflection or class-path scanning.
 * A program that throws does not stop the run: the suite prints
 * {@code !!! <Name> threw <class>: <message>} and carries on.
 *
 * <p>Arguments: none runs everything; program names run only those (in suite order);
 * {@code -Name} excludes a program; {@code --list} prints the names; {@code --timings} reports
 * each program's wall time on standard error (never on standard output, which is compared
 * byte for byte with HotSpot's).
 */
public final class Suite {

    /** A program's {@code main}, as a method reference. */
    @FunctionalInterface
    public interface Program {
        void main(String[] args) throws Exception;
    }

    /** One conformance program: its simple class name and its entry point. */
    public record Entry(String name, Program program) {
    }

    private static Entry entry(String name, Program program) {
        return new Entry(name, program);
    }

    /** Every program, in run order. */
    public static final List<Entry> PROGRAMS = List.of(
            // Language: classes, interfaces, generics, records, enums, switch
            entry("BankAccounts", BankAccounts::main),
            entry("ShapeAreas", ShapeAreas::main),
            entry("InnerClasses", InnerClasses::main),
            entry("InterfaceDiamond", InterfaceDiamond::main),
            entry("FieldHidingAndDispatch", FieldHidingAndDispatch::main),
            entry("EventBus", EventBus::main),
            entry("VisitorPattern", VisitorPattern::main),
            entry("ExpressionParser", ExpressionParser::main),
            entry("GenericRepository", GenericRepository::main),
            entry("GenericContainers", GenericContainers::main),
            entry("StaticInitOrder", StaticInitOrder::main),
            entry("StaticInitFailure", StaticInitFailure::main),
            entry("RecordsLedger", RecordsLedger::main),
            entry("TrafficStateMachine", TrafficStateMachine::main),
            entry("SwitchPatterns", SwitchPatterns::main),
            entry("InstanceofPatterns", InstanceofPatterns::main),
            entry("VarargsOverloading", VarargsOverloading::main),
            entry("AutoboxingRules", AutoboxingRules::main),
            entry("ArgumentEvaluationOrder", ArgumentEvaluationOrder::main),
            entry("ObjectCloning", ObjectCloning::main),
            entry("EqualsHashCode", EqualsHashCode::main),
            entry("ObjectsHelpers", ObjectsHelpers::main),
            entry("SystemPropertiesBasics", SystemPropertiesBasics::main),
            // Strings and formatting
            entry("StringOperations", StringOperations::main),
            entry("StringBuilderEditing", StringBuilderEditing::main),
            entry("StringConcatenation", StringConcatenation::main),
            entry("TextStatistics", TextStatistics::main),
            entry("FormatBasics", FormatBasics::main),
            entry("FormatFloatingPoint", FormatFloatingPoint::main),
            entry("DoubleToStringTable", DoubleToStringTable::main),
            entry("UnicodeText", UnicodeText::main),
            entry("RegexToolkit", RegexToolkit::main),
            entry("RegexStringBuilderApis", RegexStringBuilderApis::main),
            entry("RegexDifferential", RegexDifferential::main),
            entry("JsonWriter", JsonWriter::main),
            entry("ScannerParsing", ScannerParsing::main),
            entry("InMemoryStreams", InMemoryStreams::main),
            entry("Base64Codec", Base64Codec::main),
            entry("Checksums", Checksums::main),
            entry("Base64Mime", Base64Mime::main),
            entry("StringJoinerReport", StringJoinerReport::main),
            // Numbers
            entry("IntegerOverflow", IntegerOverflow::main),
            entry("FloatingPointEdges", FloatingPointEdges::main),
            entry("MathFunctions", MathFunctions::main),
            entry("BigIntegerMath", BigIntegerMath::main),
            entry("BigDecimalInvoices", BigDecimalInvoices::main),
            entry("RationalArithmetic", RationalArithmetic::main),
            entry("MandelbrotAscii", MandelbrotAscii::main),
            // Exceptions
            entry("NestedFinally", NestedFinally::main),
            entry("TryWithResources", TryWithResources::main),
            entry("ExceptionChains", ExceptionChains::main),
            // Lambdas, streams and collections
            entry("FunctionalComposition", FunctionalComposition::main),
            entry("StreamsReport", StreamsReport::main),
            entry("OptionalPipelines", OptionalPipelines::main),
            entry("ComparatorChains", ComparatorChains::main),
            entry("CollectionsToolkit", CollectionsToolkit::main),
            entry("HashMapIterationOrder", HashMapIterationOrder::main),
            entry("LruCache", LruCache::main),
            entry("TreeMapNavigation", TreeMapNavigation::main),
            entry("ArrayDequeAlgorithms", ArrayDequeAlgorithms::main),
            entry("PriorityScheduler", PriorityScheduler::main),
            entry("DijkstraRoutes", DijkstraRoutes::main),
            entry("BitSetSieve", BitSetSieve::main),
            entry("HuffmanCoding", HuffmanCoding::main),
            // Arrays and algorithms
            entry("MatrixArrays", MatrixArrays::main),
            entry("ArraySortSearch", ArraySortSearch::main),
            entry("ArraysNewerApis", ArraysNewerApis::main),
            entry("SortingAlgorithms", SortingAlgorithms::main),
            entry("DynamicProgramming", DynamicProgramming::main),
            entry("SudokuSolver", SudokuSolver::main),
            entry("GameOfLife", GameOfLife::main),
            entry("TinyStackVm", TinyStackVm::main),
            // Threads
            entry("ThreadsJoin", ThreadsJoin::main),
            entry("ProducerConsumer", ProducerConsumer::main),
            entry("SynchronizedCounters", SynchronizedCounters::main),
            entry("SleepWhileHoldingLock", SleepWhileHoldingLock::main),
            entry("MonitorHandOver", MonitorHandOver::main),
            entry("WeakThreadKeys", WeakThreadKeys::main),
            entry("PingPong", PingPong::main),
            entry("ThreadLocalState", ThreadLocalState::main),
            entry("UncaughtExceptionHandlers", UncaughtExceptionHandlers::main),
            entry("AtomicWordCount", AtomicWordCount::main),
            entry("LocksAndLatches", LocksAndLatches::main),
            entry("BlockingQueuePipeline", BlockingQueuePipeline::main),
            entry("ExecutorFutures", ExecutorFutures::main),
            entry("CompletableFutureChain", CompletableFutureChain::main),
            entry("ScheduledExecutors", ScheduledExecutors::main),
            entry("ConcurrentCollections2", ConcurrentCollections2::main),
            entry("Synchronizers", Synchronizers::main),
            entry("ForkJoinTasks", ForkJoinTasks::main),
            // Garbage collection
            entry("GcChurn", GcChurn::main),
            entry("GcRetainedGraph", GcRetainedGraph::main),
            entry("ArrayCloneIntegrity", ArrayCloneIntegrity::main),
            entry("MonitorsUnderCollection", MonitorsUnderCollection::main),
            // CPU benchmarks (print checksums)
            entry("NBodySimulation", NBodySimulation::main),
            entry("HashMapWorkload", HashMapWorkload::main),
            entry("StringBuildingWorkload", StringBuildingWorkload::main),
            // Probes of the known gaps of the compiled runtime (DESIGN.md, Facts): last, so that a crash loses little
            entry("MathRounding", MathRounding::main),
            entry("StrictMathTrig", StrictMathTrig::main),
            entry("ClassLibraryDefaults", ClassLibraryDefaults::main),
            entry("CopyOnWriteLists", CopyOnWriteLists::main),
            entry("RandomSequences", RandomSequences::main),
            entry("SplittableRandomSequence", SplittableRandomSequence::main),
            entry("RuntimeMemoryInfo", RuntimeMemoryInfo::main),
            entry("StringModernApis", StringModernApis::main),
            entry("StringBuilderNewerApis", StringBuilderNewerApis::main),
            entry("StringIndexOfRange", StringIndexOfRange::main),
            entry("ThreadStates", ThreadStates::main),
            entry("ThreadLifecycleChecks", ThreadLifecycleChecks::main),
            entry("ThreadWaitStates", ThreadWaitStates::main),
            entry("MetricsCounters", MetricsCounters::main),
            entry("ModernMathApis", ModernMathApis::main),
            entry("ParallelStreams", ParallelStreams::main),
            entry("HexFormatDump", HexFormatDump::main),
            entry("DateTimeBasics", DateTimeBasics::main),
            entry("TimeNewerApis", TimeNewerApis::main),
            entry("ArrayRuntimeChecks", ArrayRuntimeChecks::main),
            entry("RuntimeExceptionMessages", RuntimeExceptionMessages::main),
            entry("DivisionByZero", DivisionByZero::main),
            entry("StackOverflowRecovery", StackOverflowRecovery::main),
            entry("DaemonThreads", DaemonThreads::main),
            // Class library: com.sun.net.httpserver (the socket-free parts)
            entry("HttpServerHeaders", HttpServerHeaders::main)
    );

    private Suite() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        boolean timings = false;
        boolean list = false;
        Set<String> include = new LinkedHashSet<>();
        Set<String> exclude = new LinkedHashSet<>();
        for (String a : args) {
            if (a.equals("--timings")) {
                timings = true;
            } else if (a.equals("--list")) {
                list = true;
            } else if (a.startsWith("-")) {
                exclude.add(a.substring(1));
            } else {
                include.add(a);
            }
        }
        Set<String> known = new LinkedHashSet<>();
        for (Entry e : PROGRAMS) {
            known.add(e.name());
        }
        List<String> unknown = new ArrayList<>();
        for (String n : include) {
            if (!known.contains(n)) {
                unknown.add(n);
            }
        }
        for (String n : exclude) {
            if (!known.contains(n)) {
                unknown.add(n);
            }
        }
        for (String n : unknown) {
            out.println("!!! " + n + " is not a conformance program");
        }
        if (list) {
            for (Entry e : PROGRAMS) {
                out.println(e.name());
            }
            return;
        }
        for (Entry e : PROGRAMS) {
            if ((!include.isEmpty() && !include.contains(e.name())) || exclude.contains(e.name())) {
                continue;
            }
            out.println("=== " + e.name() + " ===");
            long start = System.nanoTime();
            try {
                e.program().main(new String[0]);
            } catch (Throwable t) {
                System.out.flush();
                out.println("!!! " + e.name() + " threw " + t.getClass().getName() + ": " + t.getMessage());
            }
            System.out.flush();
            if (timings) {
                System.err.println("time " + e.name() + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
        out.println("=== end ===");
        out.flush();
    }
}
