package dev.mayfly.jdk.java.util.regex;

import java.util.Map;

/**
 * java.util.regex.MatchResult on Mayfly (compiled as {@code java.util.regex.MatchResult}): the
 * result of a match, with the named-group methods of JDK 20 as default methods.
 */
public interface MatchResult {
    int start();

    int start(int group);

    int end();

    int end(int group);

    String group();

    String group(int group);

    int groupCount();

    /** The start of the named group's last match (-1 if it took no part). */
    default int start(String name) {
        return start(MatchResults.groupNumber(this, name));
    }

    /** The end of the named group's last match. */
    default int end(String name) {
        return end(MatchResults.groupNumber(this, name));
    }

    /** The named group's last match, or null. */
    default String group(String name) {
        return group(MatchResults.groupNumber(this, name));
    }

    /** The names of the pattern's named groups and their numbers. */
    default Map<String, Integer> namedGroups() {
        throw new UnsupportedOperationException("namedGroups()");
    }

    /** Whether this result holds a match. */
    default boolean hasMatch() {
        throw new UnsupportedOperationException("hasMatch()");
    }
}
