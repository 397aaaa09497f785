package dev.mayfly.jdk.sun.net.httpserver;

/**
 * A request head the server refuses, with the status it answers (and then closes the
 * connection) and the reason, worded as the JDK's server words it.
 */
record HeadRejection(int status, String message) implements HeadParse {
}
