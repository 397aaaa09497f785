package dev.mayfly.conformance.programs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Exercises BigDecimal for money: exact addition, scale and precision, setScale with rounding
 * modes, divide with MathContext and the non-terminating exception, stripTrailingZeros,
 * toPlainString vs toString vs toEngineeringString, and compareTo vs equals, in invoice totals
 * with tax and splits.
 */
public class BigDecimalInvoices {

    record Line(String item, BigDecimal unit, int qty, BigDecimal taxRate) {
    }

    public static void main(String[] args) {
        List<Line> lines = List.of(
                new Line("coffee", new BigDecimal("3.45"), 3, new BigDecimal("0.07")),
                new Line("bagel", new BigDecimal("2.10"), 2, new BigDecimal("0.07")),
                new Line("mug", new BigDecimal("12.99"), 1, new BigDecimal("0.19")),
                new Line("beans 1kg", new BigDecimal("24.499"), 1, new BigDecimal("0.19")));
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (Line l : lines) {
            BigDecimal amount = l.unit().multiply(BigDecimal.valueOf(l.qty()));
            BigDecimal t = amount.multiply(l.taxRate()).setScale(2, RoundingMode.HALF_UP);
            net = net.add(amount);
            tax = tax.add(t);
            System.out.println(String.format("%-10s %8s x%d tax %6s (raw %s, scale %d, precision %d)", l.item(), amount, l.qty(), t,
                    amount.multiply(l.taxRate()), amount.multiply(l.taxRate()).scale(), amount.multiply(l.taxRate()).precision()));
        }
        BigDecimal gross = net.add(tax).setScale(2, RoundingMode.HALF_EVEN);
        System.out.println("net " + net + " tax " + tax + " gross " + gross);
        BigDecimal[] split = gross.divideAndRemainder(BigDecimal.valueOf(3));
        BigDecimal share = gross.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
        BigDecimal remainder = gross.subtract(share.multiply(BigDecimal.valueOf(3)));
        System.out.println("split in 3: " + share + " each, remainder " + remainder + "; divideAndRemainder " + split[0] + " " + split[1]);
        try {
            BigDecimal.ONE.divide(BigDecimal.valueOf(3));
        } catch (ArithmeticException e) {
            System.out.println("1/3: " + e.getMessage());
        }
        System.out.println("1/3 " + BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64) + " "
                + BigDecimal.ONE.divide(BigDecimal.valueOf(3), new MathContext(5, RoundingMode.CEILING)) + " 1/8 " + BigDecimal.ONE.divide(BigDecimal.valueOf(8)));
        BigDecimal a = new BigDecimal("2.50");
        BigDecimal b = new BigDecimal("2.5");
        System.out.println("equals " + a.equals(b) + " compareTo " + a.compareTo(b) + " strip " + a.stripTrailingZeros() + " hash eq "
                + (a.hashCode() == b.hashCode()) + " " + new BigDecimal("100").stripTrailingZeros() + " "
                + new BigDecimal("100").stripTrailingZeros().toPlainString());
        BigDecimal sci = new BigDecimal("1.23E+7");
        BigDecimal small = new BigDecimal("0.000000123");
        System.out.println("notation " + sci + " " + sci.toPlainString() + " " + sci.toEngineeringString() + " " + small + " " + small.toPlainString()
                + " " + new BigDecimal("-0.00") + " " + BigDecimal.valueOf(1, -3) + " " + new BigDecimal("12345678901234567890.5").toBigInteger());
        System.out.println("from double " + new BigDecimal(0.1) + " valueOf " + BigDecimal.valueOf(0.1) + " " + BigDecimal.valueOf(1e-7) + " "
                + new BigDecimal(1.5) + " " + BigDecimal.valueOf(100L, 2));
        StringBuilder modes = new StringBuilder();
        for (String v : new String[] {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"}) {
            BigDecimal x = new BigDecimal(v);
            modes.append(v).append(':');
            for (RoundingMode m : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN}) {
                modes.append(x.setScale(0, m).toPlainString()).append(',');
            }
            modes.append(' ');
        }
        System.out.println("modes " + modes.toString().trim());
        try {
            new BigDecimal("1.25").setScale(1, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            System.out.println("unnecessary: " + e.getMessage());
        }
        BigDecimal compound = new BigDecimal("1000.00");
        BigDecimal rate = new BigDecimal("0.035");
        for (int year = 1; year <= 10; year++) {
            compound = compound.multiply(BigDecimal.ONE.add(rate)).setScale(2, RoundingMode.HALF_EVEN);
        }
        System.out.println("compound " + compound + " pow " + rate.pow(3)
                + " movePoint " + compound.movePointLeft(4) + " " + compound.movePointRight(1) + " negate " + compound.negate().abs()
                + " max " + a.max(new BigDecimal("2.51")) + " unscaled " + compound.unscaledValue() + " ulp " + compound.ulp()
                + " double " + compound.doubleValue() + " int " + compound.intValue());
    }
}
