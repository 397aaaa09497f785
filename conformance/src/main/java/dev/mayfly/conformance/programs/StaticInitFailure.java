package dev.mayfly.conformance.programs;

/**
 * Exercises failing static initialisers: the first use of the class throws
 * ExceptionInInitializerError carrying the cause, later uses throw NoClassDefFoundError, and an
 * unrelated class keeps working.
 */
public class StaticInitFailure {

    static class BrokenConfig {
        static final int PORT = Integer.parseInt(System.getProperty("mayfly.conformance.no.such.property", "eighty"));

        static int port() {
            return PORT;
        }
    }

    static class GoodConfig {
        static final int PORT = 8080;
        static int reads;

        static int port() {
            reads++;
            return PORT + reads;
        }
    }

    public static void main(String[] args) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                System.out.println("port " + BrokenConfig.port());
            } catch (ExceptionInInitializerError e) {
                System.out.println("attempt " + attempt + ": ExceptionInInitializerError, cause " + e.getCause());
            } catch (NoClassDefFoundError e) {
                System.out.println("attempt " + attempt + ": NoClassDefFoundError, is LinkageError " + (e instanceof LinkageError));
            }
        }
        System.out.println("good config " + GoodConfig.port() + " " + GoodConfig.port());
    }
}
