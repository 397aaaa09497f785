package dev.mayfly.conformance.programs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Exercises java.util.stream: filter/map/reduce, collectors (groupingBy into TreeMap,
 * partitioningBy, joining, counting, averaging, toMap), sorted/distinct/limit/skip, flatMap,
 * primitive streams and summary statistics, over an employee table.
 */
public class StreamsReport {

    record Employee(String name, String dept, int age, double salary, List<String> skills) {
    }

    public static void main(String[] args) {
        List<Employee> staff = List.of(
                new Employee("Ada", "eng", 36, 185_000, List.of("java", "c", "math")),
                new Employee("Grace", "eng", 45, 210_000, List.of("cobol", "java")),
                new Employee("Linus", "eng", 28, 120_000, List.of("c", "git")),
                new Employee("Margaret", "ops", 51, 150_000, List.of("apollo", "c")),
                new Employee("Ken", "ops", 33, 99_500, List.of("unix", "c", "go")),
                new Employee("Barbara", "research", 40, 175_250, List.of("clu", "java")),
                new Employee("Edsger", "research", 62, 160_000, List.of("algol", "math")));

        System.out.println("names " + staff.stream().map(Employee::name).collect(Collectors.joining(", ", "[", "]")));
        System.out.println("over 40 " + staff.stream().filter(e -> e.age() > 40).map(Employee::name).toList());
        System.out.println("payroll " + staff.stream().mapToDouble(Employee::salary).sum());
        Map<String, Long> headcount = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.counting()));
        System.out.println("headcount " + headcount);
        Map<String, Double> avg = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.averagingDouble(Employee::salary)));
        System.out.println("average " + avg);
        Map<String, List<String>> names = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println("by dept " + names);
        Map<Boolean, List<String>> split = staff.stream().collect(Collectors.partitioningBy(e -> e.salary() >= 160_000,
                Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println("partition " + split);
        Optional<Employee> oldest = staff.stream().max(Comparator.comparingInt(Employee::age));
        System.out.println("oldest " + oldest.map(Employee::name).orElse("-"));
        System.out.println("skills " + staff.stream().flatMap(e -> e.skills().stream()).distinct().sorted().toList());
        Map<String, Long> skillCount = staff.stream().flatMap(e -> e.skills().stream())
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        System.out.println("skill count " + skillCount);
        System.out.println("sorted by salary desc " + staff.stream().sorted(Comparator.comparingDouble(Employee::salary).reversed())
                .skip(1).limit(3).map(Employee::name).collect(Collectors.joining("/")));
        Map<String, Integer> ages = staff.stream().collect(Collectors.toMap(Employee::name, Employee::age, (a, b) -> a, TreeMap::new));
        System.out.println("ages " + ages);
        IntSummaryStatistics ageStats = staff.stream().mapToInt(Employee::age).summaryStatistics();
        System.out.println("age stats " + ageStats.getMin() + " " + ageStats.getMax() + " " + ageStats.getAverage() + " " + ageStats.getSum() + " " + ageStats.getCount());
        DoubleSummaryStatistics salStats = staff.stream().collect(Collectors.summarizingDouble(Employee::salary));
        System.out.println("salary stats " + salStats.getMin() + " " + salStats.getMax() + " " + salStats.getAverage());
        System.out.println("reduce " + staff.stream().map(Employee::age).reduce(0, Integer::sum) + " "
                + staff.stream().map(Employee::name).reduce((a, b) -> a.length() >= b.length() ? a : b).orElseThrow());
        System.out.println("any/all/none " + staff.stream().anyMatch(e -> e.dept().equals("ops")) + " "
                + staff.stream().allMatch(e -> e.age() > 18) + " " + staff.stream().noneMatch(e -> e.skills().isEmpty()));
        System.out.println("ints " + IntStream.rangeClosed(1, 10).filter(i -> i % 3 != 0).boxed().toList() + " sum of squares "
                + IntStream.range(0, 100).map(i -> i * i).sum() + " " + LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b));
        System.out.println("iterate " + Stream.iterate(1, x -> x * 3).limit(8).toList() + " "
                + Stream.iterate(1, x -> x < 200, x -> x * 2).map(String::valueOf).collect(Collectors.joining(",")));
        System.out.println("arrays " + Arrays.stream(new int[] {5, 3, 9, 1}).sorted().mapToObj(Integer::toString).collect(Collectors.joining("<"))
                + " " + Stream.of("b", "a", "c").sorted(Comparator.reverseOrder()).toList() + " " + IntStream.of(3, 1, 2).max().getAsInt()
                + " " + IntStream.empty().average().isPresent() + " " + Stream.of(1, 2, 3, 4).takeWhile(x -> x < 3).toList()
                + " " + Stream.of(1, 2, 3, 4).dropWhile(x -> x < 3).toList());
        System.out.println("chars " + "hello world".chars().filter(Character::isLetter).mapToObj(c -> String.valueOf((char) c))
                .distinct().collect(Collectors.joining()) + " " + Stream.generate(() -> "ab").limit(3).collect(Collectors.joining()));
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3, 4, 5));
        System.out.println("flat " + nested.stream().flatMap(List::stream).map(x -> x * 10).toList() + " count "
                + nested.stream().mapToInt(List::size).sum());
    }
}
