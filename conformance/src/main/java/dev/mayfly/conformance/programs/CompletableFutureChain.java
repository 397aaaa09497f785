package dev.mayfly.conformance.programs;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Exercises CompletableFuture pipelines: thenApply/thenCompose/thenCombine, exceptionally and
 * handle, allOf, and completing a future by hand, modelling a price-lookup service.
 */
public class CompletableFutureChain {

    static CompletableFuture<Integer> price(String item) {
        return CompletableFuture.supplyAsync(() -> {
            if (item.equals("unicorn")) {
                throw new IllegalArgumentException("no price for " + item);
            }
            return item.length() * 100 + item.charAt(0);
        });
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<String> quote = price("lamp").thenApply(p -> p * 2).thenCombine(price("desk"), Integer::sum)
                .thenApply(total -> "quote " + total);
        System.out.println(quote.get());
        System.out.println(price("chair").thenCompose(p -> price("table").thenApply(q -> p + "+" + q)).join());
        System.out.println(price("unicorn").exceptionally(t -> -1).join());
        System.out.println(price("unicorn").handle((v, t) -> t == null ? "ok" : "handled " + t.getClass().getSimpleName() + " / "
                + (t.getCause() != null ? t.getCause().getMessage() : t.getMessage())).join());
        List<CompletableFuture<Integer>> all = List.of(price("a"), price("bb"), price("ccc"));
        CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).join();
        System.out.println("all " + all.stream().map(CompletableFuture::join).map(String::valueOf).collect(Collectors.joining(",")));
        CompletableFuture<String> manual = new CompletableFuture<>();
        new Thread(() -> manual.complete("completed by hand")).start();
        System.out.println(manual.get() + " done " + manual.isDone());
        try {
            price("unicorn").join();
        } catch (java.util.concurrent.CompletionException e) {
            System.out.println("join threw CompletionException caused by " + e.getCause().getClass().getSimpleName());
        }
        System.out.println(CompletableFuture.completedFuture(5).thenApply(x -> x + 1).getNow(0));
    }
}
