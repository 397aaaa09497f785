package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Exercises interfaces with default, static and private methods plus sealed hierarchies by computing
 * areas and perimeters of a list of shapes and sorting them.
 */
public class ShapeAreas {

    sealed interface Shape permits Circle, Rect, Square, Triangle {
        double area();

        double perimeter();

        default String describe() {
            return name() + " area=" + fmt(area()) + " perimeter=" + fmt(perimeter());
        }

        default String name() {
            return getClass().getSimpleName().toLowerCase();
        }

        static Shape largest(List<? extends Shape> shapes) {
            Shape best = null;
            for (Shape s : shapes) {
                if (best == null || s.area() > best.area()) {
                    best = s;
                }
            }
            return best;
        }

        private static String fmt(double d) {
            return Long.toString(Math.round(d * 1000)) + "e-3";
        }
    }

    record Circle(double r) implements Shape {
        public double area() {
            return Math.PI * r * r;
        }

        public double perimeter() {
            return 2 * Math.PI * r;
        }
    }

    static non-sealed class Rect implements Shape {
        final double w;
        final double h;

        Rect(double w, double h) {
            this.w = w;
            this.h = h;
        }

        public double area() {
            return w * h;
        }

        public double perimeter() {
            return 2 * (w + h);
        }
    }

    static final class Square extends Rect implements Shape {
        Square(double side) {
            super(side, side);
        }

        @Override
        public String name() {
            return "square(" + w + ")";
        }
    }

    record Triangle(double a, double b, double c) implements Shape {
        Triangle {
            if (a + b <= c || a + c <= b || b + c <= a) {
                throw new IllegalArgumentException("not a triangle: " + a + "," + b + "," + c);
            }
        }

        public double area() {
            double s = perimeter() / 2;
            return Math.sqrt(s * (s - a) * (s - b) * (s - c));
        }

        public double perimeter() {
            return a + b + c;
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1.5));
        shapes.add(new Rect(3, 4.25));
        shapes.add(new Square(2.5));
        shapes.add(new Triangle(3, 4, 5));
        shapes.add(new Circle(0.25));
        try {
            shapes.add(new Triangle(1, 2, 10));
        } catch (IllegalArgumentException e) {
            System.out.println("skipped: " + e.getMessage());
        }
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        shapes.sort(Comparator.comparingDouble(Shape::area));
        StringBuilder order = new StringBuilder();
        for (Shape s : shapes) {
            order.append(s.name()).append(' ');
        }
        System.out.println("by area: " + order.toString().trim());
        System.out.println("largest: " + Shape.largest(shapes).name());
        System.out.println(new Circle(2.0));
        System.out.println(new Triangle(3, 4, 5).equals(new Triangle(3.0, 4.0, 5.0)));
    }
}
