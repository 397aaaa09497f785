package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Exercises generics: bounded type parameters, wildcards (PECS), generic methods, recursive bounds
 * and type inference, through an in-memory repository of entities.
 */
public class GenericRepository {

    interface Entity<K extends Comparable<K>> {
        K id();
    }

    record Customer(Integer id, String name, String city) implements Entity<Integer> {
    }

    record Product(String id, String title, long priceCents) implements Entity<String> {
    }

    static class Repository<K extends Comparable<K>, E extends Entity<K>> {
        private final TreeMap<K, E> rows = new TreeMap<>();

        E save(E e) {
            rows.put(e.id(), e);
            return e;
        }

        Optional<E> find(K id) {
            return Optional.ofNullable(rows.get(id));
        }

        List<E> where(Predicate<? super E> p) {
            List<E> out = new ArrayList<>();
            for (E e : rows.values()) {
                if (p.test(e)) {
                    out.add(e);
                }
            }
            return out;
        }

        <R> List<R> project(Function<? super E, ? extends R> f) {
            List<R> out = new ArrayList<>();
            for (E e : rows.values()) {
                out.add(f.apply(e));
            }
            return out;
        }

        void saveAll(Collection<? extends E> all) {
            for (E e : all) {
                save(e);
            }
        }

        void exportTo(Collection<? super E> sink) {
            sink.addAll(rows.values());
        }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) {
            if (t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }

    static <A, B> List<String> zip(List<A> as, List<B> bs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(as.size(), bs.size()); i++) {
            out.add(as.get(i) + "=" + bs.get(i));
        }
        return out;
    }

    static double sum(Collection<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) {
            s += n.doubleValue();
        }
        return s;
    }

    public static void main(String[] args) {
        Repository<Integer, Customer> customers = new Repository<>();
        customers.saveAll(List.of(new Customer(7, "Ines", "Lisbon"), new Customer(3, "Kofi", "Accra"),
                new Customer(12, "Mia", "Lisbon"), new Customer(1, "Ravi", "Pune")));
        Repository<String, Product> products = new Repository<>();
        products.save(new Product("p-200", "Kettle", 2999));
        products.save(new Product("p-100", "Mug", 850));
        products.save(new Product("p-150", "Teapot", 4500));

        System.out.println(customers.find(3).map(Customer::name).orElse("?"));
        System.out.println(customers.find(4).map(Customer::name).orElse("none"));
        System.out.println(customers.where(c -> c.city().equals("Lisbon")));
        System.out.println(products.project(Product::title));
        List<Long> prices = products.project(Product::priceCents);
        System.out.println("max price " + max(prices) + ", sum " + sum(prices));
        System.out.println("max name " + max(customers.project(Customer::name)));
        List<Object> sink = new ArrayList<>();
        products.exportTo(sink);
        customers.exportTo(sink);
        System.out.println("exported " + sink.size() + " first=" + sink.get(0));
        System.out.println(zip(customers.project(Customer::id), products.project(Product::id)));
        List<Integer> ints = List.of(3, 9, 2);
        List<Double> dbls = List.of(0.5, 0.25);
        System.out.println(sum(ints) + " " + sum(dbls));
        Comparator<Customer> byCity = Comparator.comparing(Customer::city);
        List<Customer> sorted = customers.where(c -> true);
        sorted.sort(byCity.thenComparing(Customer::name, Comparator.reverseOrder()));
        System.out.println(sorted);
    }
}
