package dev.mayfly.conformance.programs;

/**
 * Exercises default-method resolution: diamonds, explicit {@code X.super.m()} calls, class methods
 * winning over defaults, abstract re-declaration and static interface methods.
 */
public class InterfaceDiamond {

    interface Walker {
        default String move() {
            return "walk";
        }

        default int legs() {
            return 2;
        }
    }

    interface Swimmer {
        default String move() {
            return "swim";
        }
    }

    interface Flyer extends Walker {
        @Override
        default String move() {
            return "fly+" + Walker.super.move();
        }
    }

    interface Quadruped extends Walker {
        @Override
        int legs();
    }

    static class Duck implements Flyer, Swimmer {
        @Override
        public String move() {
            return Flyer.super.move() + "+" + Swimmer.super.move();
        }
    }

    static class Penguin implements Walker, Swimmer {
        @Override
        public String move() {
            return Swimmer.super.move() + " (mostly)";
        }
    }

    static class Bird implements Flyer {
    }

    static class Dog implements Quadruped {
        @Override
        public int legs() {
            return 4;
        }
    }

    static class Base {
        public String move() {
            return "base-move";
        }
    }

    static class RobotDog extends Base implements Walker {
    }

    interface Named {
        String name();

        static Named of(String n) {
            return () -> n;
        }

        default String greet() {
            return "hello, " + name();
        }
    }

    public static void main(String[] args) {
        Walker[] walkers = {new Duck(), new Penguin(), new Bird(), new Dog(), new RobotDog()};
        for (Walker w : walkers) {
            System.out.println(w.getClass().getSimpleName() + ": " + w.move() + ", legs=" + w.legs()
                    + ", swims=" + (w instanceof Swimmer) + ", flies=" + (w instanceof Flyer));
        }
        System.out.println(Named.of("world").greet());
        Named custom = new Named() {
            public String name() {
                return "custom";
            }

            public String greet() {
                return Named.super.greet().toUpperCase();
            }
        };
        System.out.println(custom.greet());
    }
}
