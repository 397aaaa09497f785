package dev.mayfly.jdk.lang;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/**
 * A IntStream that {@code parallel()} returned: it runs the stream it wraps (sequentially — Mayfly
 * has one processor, and the JDK allows a parallel stream to run so) but reports
 * {@code isParallel()} true, as do the streams its intermediate operations return, until
 * {@code sequential()} unwraps it. Every other method delegates.
 */
final class ParallelIntStream implements IntStream {
    private final IntStream delegate;

    ParallelIntStream(IntStream delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean isParallel() {
        return true;
    }

    @Override
    public IntStream parallel() {
        return this;
    }

    @Override
    public IntStream sequential() {
        return delegate;
    }

    @Override
    public IntStream unordered() {
        return new ParallelIntStream(delegate.unordered());
    }

    @Override
    public IntStream onClose(Runnable closeHandler) {
        return new ParallelIntStream(delegate.onClose(closeHandler));
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public IntStream filter(IntPredicate a0) {
        return new ParallelIntStream(delegate.filter(a0));
    }

    @Override
    public IntStream map(IntUnaryOperator a0) {
        return new ParallelIntStream(delegate.map(a0));
    }

    @Override
    public <U> Stream<U> mapToObj(IntFunction<? extends U> a0) {
        return new ParallelStream<>(delegate.mapToObj(a0));
    }

    @Override
    public LongStream mapToLong(IntToLongFunction a0) {
        return new ParallelLongStream(delegate.mapToLong(a0));
    }

    @Override
    public DoubleStream mapToDouble(IntToDoubleFunction a0) {
        return new ParallelDoubleStream(delegate.mapToDouble(a0));
    }

    @Override
    public IntStream flatMap(IntFunction<? extends IntStream> a0) {
        return new ParallelIntStream(delegate.flatMap(a0));
    }

    @Override
    public IntStream mapMulti(IntStream.IntMapMultiConsumer a0) {
        return new ParallelIntStream(delegate.mapMulti(a0));
    }

    @Override
    public IntStream distinct() {
        return new ParallelIntStream(delegate.distinct());
    }

    @Override
    public IntStream sorted() {
        return new ParallelIntStream(delegate.sorted());
    }

    @Override
    public IntStream peek(IntConsumer a0) {
        return new ParallelIntStream(delegate.peek(a0));
    }

    @Override
    public IntStream limit(long a0) {
        return new ParallelIntStream(delegate.limit(a0));
    }

    @Override
    public IntStream skip(long a0) {
        return new ParallelIntStream(delegate.skip(a0));
    }

    @Override
    public IntStream takeWhile(IntPredicate a0) {
        return new ParallelIntStream(delegate.takeWhile(a0));
    }

    @Override
    public IntStream dropWhile(IntPredicate a0) {
        return new ParallelIntStream(delegate.dropWhile(a0));
    }

    @Override
    public void forEach(IntConsumer a0) {
        delegate.forEach(a0);
    }

    @Override
    public void forEachOrdered(IntConsumer a0) {
        delegate.forEachOrdered(a0);
    }

    @Override
    public int[] toArray() {
        return delegate.toArray();
    }

    @Override
    public int reduce(int a0, IntBinaryOperator a1) {
        return delegate.reduce(a0, a1);
    }

    @Override
    public OptionalInt reduce(IntBinaryOperator a0) {
        return delegate.reduce(a0);
    }

    @Override
    public <R> R collect(Supplier<R> a0, ObjIntConsumer<R> a1, BiConsumer<R, R> a2) {
        return delegate.collect(a0, a1, a2);
    }

    @Override
    public int sum() {
        return delegate.sum();
    }

    @Override
    public OptionalInt min() {
        return delegate.min();
    }

    @Override
    public OptionalInt max() {
        return delegate.max();
    }

    @Override
    public long count() {
        return delegate.count();
    }

    @Override
    public OptionalDouble average() {
        return delegate.average();
    }

    @Override
    public IntSummaryStatistics summaryStatistics() {
        return delegate.summaryStatistics();
    }

    @Override
    public boolean anyMatch(IntPredicate a0) {
        return delegate.anyMatch(a0);
    }

    @Override
    public boolean allMatch(IntPredicate a0) {
        return delegate.allMatch(a0);
    }

    @Override
    public boolean noneMatch(IntPredicate a0) {
        return delegate.noneMatch(a0);
    }

    @Override
    public OptionalInt findFirst() {
        return delegate.findFirst();
    }

    @Override
    public OptionalInt findAny() {
        return delegate.findAny();
    }

    @Override
    public LongStream asLongStream() {
        return new ParallelLongStream(delegate.asLongStream());
    }

    @Override
    public DoubleStream asDoubleStream() {
        return new ParallelDoubleStream(delegate.asDoubleStream());
    }

    @Override
    public Stream<Integer> boxed() {
        return new ParallelStream<>(delegate.boxed());
    }

    @Override
    public PrimitiveIterator.OfInt iterator() {
        return delegate.iterator();
    }

    @Override
    public Spliterator.OfInt spliterator() {
        return delegate.spliterator();
    }
}
