package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exercises records: canonical and compact constructors with validation, accessor overrides,
 * static factories, nested records, and the generated equals, hashCode and toString.
 */
public class RecordsLedger {

    record Money(long cents, String currency) implements Comparable<Money> {
        Money {
            Objects.requireNonNull(currency, "currency");
            if (currency.length() != 3) {
                throw new IllegalArgumentException("bad currency " + currency);
            }
            currency = currency.toUpperCase();
        }

        static Money of(String amount, String currency) {
            String[] parts = amount.split("\\.");
            long cents = Long.parseLong(parts[0]) * 100 + (parts.length > 1 ? Long.parseLong(parts[1]) : 0);
            return new Money(cents, currency);
        }

        Money plus(Money o) {
            if (!currency.equals(o.currency)) {
                throw new IllegalArgumentException(currency + " vs " + o.currency);
            }
            return new Money(cents + o.cents, currency);
        }

        public int compareTo(Money o) {
            return Long.compare(cents, o.cents);
        }
    }

    record Entry(int day, String account, Money amount, List<String> tags) {
        Entry {
            tags = List.copyOf(tags);
        }

        Entry(int day, String account, Money amount) {
            this(day, account, amount, List.of());
        }

        @Override
        public String account() {
            return account.toLowerCase();
        }
    }

    record Point(int x, int y) {
    }

    record Empty() {
    }

    public static void main(String[] args) {
        List<Entry> ledger = new ArrayList<>();
        ledger.add(new Entry(1, "RENT", Money.of("1200.00", "eur"), List.of("fixed")));
        ledger.add(new Entry(2, "Food", Money.of("54.35", "EUR")));
        ledger.add(new Entry(2, "food", Money.of("12.05", "Eur"), List.of("cash", "market")));
        ledger.add(new Entry(5, "Travel", Money.of("300", "EUR")));
        try {
            ledger.add(new Entry(6, "Travel", Money.of("10", "EURO")));
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        try {
            new Money(1, null);
        } catch (NullPointerException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        TreeMap<String, Money> totals = new TreeMap<>();
        for (Entry e : ledger) {
            totals.merge(e.account(), e.amount(), Money::plus);
            System.out.println(e);
        }
        System.out.println(totals);
        System.out.println("max " + totals.values().stream().max(Money::compareTo).orElseThrow());
        Money a = Money.of("1.50", "usd");
        Money b = new Money(150, "USD");
        System.out.println(a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.equals(null));
        Set<Point> points = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            points.add(new Point(i % 3, i % 2));
        }
        System.out.println("distinct points " + points.size() + " contains(1,1) " + points.contains(new Point(1, 1)));
        System.out.println(new Point(-1, 2) + " " + new Empty() + " " + new Empty().equals(new Empty()));
        System.out.println("point hash " + new Point(3, 4).hashCode() + " " + new Point(0, 0).hashCode());
        System.out.println("money hash " + new Money(12345, "GBP").hashCode());
        try {
            ledger.get(0).tags().add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("tags are immutable");
        }
    }
}
