/**
 * Mayfly's implementation of {@code com.sun.net.httpserver} over blocking {@code java.net}
 * sockets: one thread per connection reads and checks each request head
 * ({@link dev.mayfly.jdk.httpserver.RequestHeadParser}), then hands the exchange to the server's
 * executor — by default the single dispatcher thread, as in the JDK. These classes are not
 * substituted for JDK classes (they keep their names in the image) and the image verifier keeps
 * application code from using them directly.
 */
package dev.mayfly.jdk.httpserver;
