package dev.mayfly.conformance.programs;

/**
 * Exercises the corners of member lookup: field hiding (static type decides), static method hiding,
 * private methods not overridden, super calls through several levels, protected access, calls to
 * overridden methods from constructors, and final methods.
 */
public class FieldHidingAndDispatch {

    static class Vehicle {
        String kind = "vehicle";
        static String category = "generic";
        protected int wheels;

        Vehicle() {
            wheels = defaultWheels();
        }

        int defaultWheels() {
            return 0;
        }

        static String describeCategory() {
            return "Vehicle.category=" + category;
        }

        private String secret() {
            return "vehicle-secret";
        }

        String revealSecret() {
            return secret();
        }

        String name() {
            return "vehicle(" + kind + ")";
        }

        final String id() {
            return getClass().getSimpleName() + "/" + wheels;
        }
    }

    static class Car extends Vehicle {
        String kind = "car";
        static String category = "road";
        private final int doors = 4;

        @Override
        int defaultWheels() {
            return 4 + doors;
        }

        static String describeCategory() {
            return "Car.category=" + category;
        }

        @SuppressWarnings("unused")
        private String secret() {
            return "car-secret";
        }

        @Override
        String name() {
            return "car<" + super.name() + "," + kind + "," + super.kind + ">";
        }
    }

    static class SportsCar extends Car {
        String kind = "sports";

        @Override
        String name() {
            return "sports[" + super.name() + "]";
        }

        @Override
        int defaultWheels() {
            return super.defaultWheels() * 10;
        }
    }

    public static void main(String[] args) {
        Vehicle v = new SportsCar();
        Car c = (Car) v;
        SportsCar s = (SportsCar) v;
        System.out.println("fields by static type: " + v.kind + " " + c.kind + " " + s.kind + " " + ((Vehicle) s).kind);
        System.out.println("static hiding: " + Vehicle.describeCategory() + " " + Car.describeCategory() + " " + SportsCar.describeCategory());
        System.out.println("private not overridden: " + v.revealSecret());
        System.out.println("dynamic dispatch: " + v.name());
        System.out.println("constructor-called override saw doors before init: wheels=" + v.wheels + " id " + v.id());
        System.out.println("plain car: " + new Car().name() + " wheels " + new Car().wheels + " vehicle " + new Vehicle().name() + " " + new Vehicle().id());
    }
}
