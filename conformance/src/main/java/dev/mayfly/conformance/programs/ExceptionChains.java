package dev.mayfly.conformance.programs;

/**
 * Exercises custom exception hierarchies and cause chains: constructors with and without causes,
 * initCause, getMessage/getLocalizedMessage/toString, a Throwable(cause) constructor deriving its
 * message, overriding getMessage, and walking to the root cause through an order-processing
 * service.
 */
public class ExceptionChains {

    static class ServiceException extends Exception {
        private final int code;

        ServiceException(String message, int code, Throwable cause) {
            super(message, cause);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    static class ValidationException extends ServiceException {
        final String field;

        ValidationException(String field, String problem) {
            super(problem, 400, null);
            this.field = field;
        }

        @Override
        public String getMessage() {
            return field + ": " + super.getMessage();
        }
    }

    static class StorageException extends RuntimeException {
        StorageException(Throwable cause) {
            super(cause);
        }
    }

    static class QuietException extends Exception {
        QuietException() {
            super();
        }

        @Override
        public String getLocalizedMessage() {
            return "quiet (localized)";
        }
    }

    static void writeToDisk(String order) {
        try {
            if (order.contains("huge")) {
                throw new java.io.IOException("disk full while writing " + order);
            }
        } catch (java.io.IOException e) {
            throw new StorageException(e);
        }
    }

    static void validate(String order) throws ValidationException {
        if (order.trim().isEmpty()) {
            throw new ValidationException("order", "must not be blank");
        }
        if (!order.startsWith("ord-")) {
            throw new ValidationException("id", "must start with ord- but was '" + order + "'");
        }
    }

    static void place(String order) throws ServiceException {
        try {
            validate(order);
            writeToDisk(order);
        } catch (ValidationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceException("could not place " + order, 503, e);
        }
    }

    static Throwable root(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    public static void main(String[] args) {
        for (String order : new String[] {"ord-1", "", "x-9", "ord-huge-7"}) {
            try {
                place(order);
                System.out.println("placed " + order);
            } catch (ServiceException e) {
                System.out.println("failed '" + order + "' code=" + e.code() + " " + e);
                int depth = 0;
                for (Throwable t = e; t != null; t = t.getCause()) {
                    System.out.println("  " + depth++ + " " + t.getClass().getName() + " | " + t.getMessage());
                }
                System.out.println("  root: " + root(e).getMessage());
            }
        }
        Exception plain = new Exception();
        System.out.println("no message: " + plain.getMessage() + " / " + plain);
        RuntimeException wrapped = new RuntimeException(new IllegalStateException("inner"));
        System.out.println("derived message: " + wrapped.getMessage());
        RuntimeException wrapNull = new RuntimeException((Throwable) null);
        System.out.println("null cause message: " + wrapNull.getMessage() + " cause " + wrapNull.getCause());
        System.out.println("localized: " + new QuietException() + " | " + new QuietException().getMessage());
        IllegalStateException late = new IllegalStateException("late");
        late.initCause(new ArithmeticException("root cause"));
        System.out.println("initCause: " + late.getCause());
        try {
            late.initCause(new RuntimeException("again"));
        } catch (IllegalStateException e) {
            System.out.println("second initCause rejected: " + e.getClass().getSimpleName());
        }
        try {
            Object o = "text";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("class cast caught, is RuntimeException: " + (e instanceof RuntimeException));
        }
        Throwable t = new Throwable("bare throwable");
        System.out.println(t + " | " + new Error("err", t).getCause().getMessage() + " | " + new AssertionError(42).getMessage()
                + " | " + new AssertionError("boom", null) + " | " + new OutOfMemoryError().getMessage());
    }
}
