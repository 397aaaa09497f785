package dev.mayfly.jdk.sun.net.httpserver;

/** The outcome of parsing a request head: a checked {@link RequestHead} or a {@link HeadRejection}. */
sealed interface HeadParse permits RequestHead, HeadRejection {
}
