package dev.mayfly.jdk.java.util.regex;

import java.util.Map;

/** Helpers shared by {@link Matcher} and its snapshots. */
final class MatchResults {
    private MatchResults() {
    }

    /** The number of the group called {@code name}, checking that there is a match and such a group (JDK order). */
    static int groupNumber(MatchResult result, String name) {
        java.util.Objects.requireNonNull(name, "Group name");
        if (!result.hasMatch()) {
            throw new IllegalStateException("No match found");
        }
        Map<String, Integer> groups = result.namedGroups();
        Integer number = groups.get(name);
        if (number == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return number;
    }
}
