package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Exercises Comparator composition (comparing with key comparators, thenComparing, reversed,
 * nullsFirst/nullsLast, naturalOrder, comparingInt/Double), by ranking a league table with
 * tie-breakers.
 */
public class ComparatorChains {

    record Team(String name, int points, int goalsFor, int goalsAgainst, String city) {
        int diff() {
            return goalsFor - goalsAgainst;
        }
    }

    public static void main(String[] args) {
        List<Team> table = new ArrayList<>(List.of(
                new Team("Rovers", 61, 70, 40, "Bristol"),
                new Team("United", 61, 65, 35, null),
                new Team("Athletic", 58, 55, 30, "Oldham"),
                new Team("City", 61, 70, 40, "Bath"),
                new Team("Wanderers", 40, 41, 60, "Bolton"),
                new Team("Albion", 58, 60, 35, null)));
        Comparator<Team> league = Comparator.comparingInt(Team::points).reversed()
                .thenComparing(Comparator.comparingInt(Team::diff).reversed())
                .thenComparing(Team::goalsFor, Comparator.reverseOrder())
                .thenComparing(Team::name);
        table.sort(league);
        int pos = 1;
        for (Team t : table) {
            System.out.println(pos++ + ". " + String.join(" | ", t.name(), t.points() + "pts", (t.diff() > 0 ? "+" : "") + t.diff(),
                    String.valueOf(t.city())) + ";");
        }
        List<Team> byCity = new ArrayList<>(table);
        byCity.sort(Comparator.comparing(Team::city, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Team::name));
        List<String> cities = new ArrayList<>();
        byCity.forEach(t -> cities.add(t.city() + "/" + t.name()));
        System.out.println("nulls first " + cities);
        byCity.sort(Comparator.comparing(Team::city, Comparator.nullsLast(Comparator.<String>reverseOrder())));
        List<String> cities2 = new ArrayList<>();
        byCity.forEach(t -> cities2.add(String.valueOf(t.city())));
        System.out.println("nulls last desc " + String.join(", ", cities2));
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        List<String> words = new ArrayList<>(List.of("kiwi", "fig", "banana", "apple", "date", "plum"));
        words.sort(byLength.thenComparing(Comparator.reverseOrder()));
        System.out.println("length then reverse alpha " + words + " max " + words.stream().max(byLength.thenComparing(Comparator.naturalOrder())).get());
        System.out.println("compare " + league.compare(table.get(0), table.get(1)) + " " + Integer.signum(byLength.reversed().compare("a", "bb")));
    }
}
