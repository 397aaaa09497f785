package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises inheritance, abstract classes, interfaces and overriding with a small bank: accounts of
 * several kinds post transactions and month-end processing dispatches polymorphically.
 */
public class BankAccounts {

    interface Auditable {
        String auditLine();

        default String auditHeader() {
            return "AUDIT[" + getClass().getSimpleName() + "]";
        }
    }

    static class InsufficientFundsException extends Exception {
        InsufficientFundsException(String account, long wanted, long available) {
            super("account " + account + ": wanted " + wanted + " cents, available " + available);
        }
    }

    abstract static class Account implements Auditable {
        private static int nextNumber = 1000;
        protected final String number;
        protected final String owner;
        protected long balanceCents;
        protected final List<String> history = new ArrayList<>();

        Account(String owner, long openingCents) {
            this.number = prefix() + (nextNumber++);
            this.owner = owner;
            this.balanceCents = openingCents;
            history.add("open " + openingCents);
        }

        abstract String prefix();

        abstract void monthEnd();

        void deposit(long cents) {
            if (cents <= 0) {
                throw new IllegalArgumentException("deposit must be positive: " + cents);
            }
            balanceCents += cents;
            history.add("dep " + cents);
        }

        void withdraw(long cents) throws InsufficientFundsException {
            if (cents > available()) {
                throw new InsufficientFundsException(number, cents, available());
            }
            balanceCents -= cents;
            history.add("wd " + cents);
        }

        long available() {
            return balanceCents;
        }

        @Override
        public String auditLine() {
            return number + " " + owner + " " + money(balanceCents) + " " + history;
        }
    }

    static class Checking extends Account {
        private final long overdraftCents;

        Checking(String owner, long opening, long overdraft) {
            super(owner, opening);
            this.overdraftCents = overdraft;
        }

        @Override
        String prefix() {
            return "CHK-";
        }

        @Override
        long available() {
            return balanceCents + overdraftCents;
        }

        @Override
        void monthEnd() {
            if (balanceCents < 0) {
                long fee = 1500;
                balanceCents -= fee;
                history.add("fee " + fee);
            }
        }
    }

    static class Savings extends Account {
        private final int basisPoints;

        Savings(String owner, long opening, int basisPoints) {
            super(owner, opening);
            this.basisPoints = basisPoints;
        }

        @Override
        String prefix() {
            return "SAV-";
        }

        @Override
        void monthEnd() {
            long interest = balanceCents * basisPoints / 10_000 / 12;
            balanceCents += interest;
            history.add("int " + interest);
        }
    }

    static final class Student extends Savings {
        Student(String owner, long opening) {
            super(owner, opening, 250);
        }

        @Override
        String prefix() {
            return "STU-";
        }

        @Override
        public String auditHeader() {
            return "AUDIT[student]";
        }
    }

    static String money(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        long frac = abs % 100;
        return sign + "$" + abs / 100 + "." + (frac < 10 ? "0" : "") + frac;
    }

    public static void main(String[] args) {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Checking("alice", 120_00, 500_00));
        accounts.add(new Savings("bob", 10_000_00, 375));
        accounts.add(new Student("carol", 845_50));
        accounts.add(new Checking("dave", 5_00, 0));

        long[][] ops = {{0, -300_00}, {1, 25_00}, {2, -900_00}, {3, -6_00}, {0, -250_00}, {2, 33_33}, {1, -1}};
        for (long[] op : ops) {
            Account a = accounts.get((int) op[0]);
            try {
                if (op[1] > 0) {
                    a.deposit(op[1]);
                } else {
                    a.withdraw(-op[1]);
                }
                System.out.println("ok   " + a.number + " " + money(a.balanceCents));
            } catch (InsufficientFundsException e) {
                System.out.println("fail " + e.getMessage());
            }
        }
        try {
            accounts.get(1).deposit(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e);
        }
        for (int month = 1; month <= 3; month++) {
            for (Account a : accounts) {
                a.monthEnd();
            }
        }
        long total = 0;
        for (Account a : accounts) {
            System.out.println(a.auditHeader() + " " + a.auditLine());
            total += a.balanceCents;
            System.out.println("  is Savings: " + (a instanceof Savings) + ", is Checking: " + (a instanceof Checking));
        }
        System.out.println("total " + money(total));
    }
}
