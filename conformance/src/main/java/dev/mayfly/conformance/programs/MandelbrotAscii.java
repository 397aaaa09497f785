package dev.mayfly.conformance.programs;

/**
 * Exercises double arithmetic in tight loops by rendering the Mandelbrot set as ASCII art and
 * printing iteration-count statistics (results depend on exact IEEE double semantics).
 */
public class MandelbrotAscii {

    public static void main(String[] args) {
        String shades = " .:-=+*#%@";
        int width = 72;
        int height = 28;
        int maxIter = 200;
        long totalIter = 0;
        int inside = 0;
        for (int row = 0; row < height; row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < width; col++) {
                double cr = -2.2 + col * 3.2 / width;
                double ci = -1.2 + row * 2.4 / height;
                double zr = 0;
                double zi = 0;
                int n = 0;
                while (n < maxIter && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    n++;
                }
                totalIter += n;
                if (n == maxIter) {
                    inside++;
                    line.append('@');
                } else {
                    line.append(shades.charAt(n % (shades.length() - 1)));
                }
            }
            System.out.println(line.toString().replaceAll("\\s+$", ""));
        }
        System.out.println("inside " + inside + " total iterations " + totalIter);
        double area = 0;
        int samples = 400;
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < samples / 2; j++) {
                double cr = -2.0 + 2.5 * (i + 0.5) / samples;
                double ci = 1.25 * (j + 0.5) / (samples / 2);
                double zr = 0;
                double zi = 0;
                int n = 0;
                while (n < 500 && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    n++;
                }
                if (n == 500) {
                    area += 2.5 * 1.25 / (samples * (samples / 2.0));
                }
            }
        }
        System.out.println("estimated area " + 2 * area);
    }
}
