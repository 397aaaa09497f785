/**
 * Mayfly's implementation of {@code com.sun.net.httpserver} over blocking {@code java.net}
 * sockets: one thread per connection reads and checks each request head
 * ({@link dev.mayfly.jdk.sun.net.httpserver.RequestHeadParser}), then hands the exchange to the server's
 * executor — by default the single dispatcher thread, as in the JDK. In the image these classes
 * are compiled as {@code sun.net.httpserver.*}, the JDK's implementation package, so that their
 * references to the API are renamed with them (MayflyClassSubstitution); the image verifier keeps
 * application code from using them directly.
 */
package dev.mayfly.jdk.sun.net.httpserver;
