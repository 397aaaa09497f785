package dev.mayfly.jdk.lang;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/**
 * A DoubleStream that {@code parallel()} returned: it runs the stream it wraps (sequentially — Mayfly
 * has one processor, and the JDK allows a parallel stream to run so) but reports
 * {@code isParallel()} true, as do the streams its intermediate operations return, until
 * {@code sequential()} unwraps it. Every other method delegates.
 */
final class ParallelDoubleStream implements DoubleStream {
    private final DoubleStream delegate;

    ParallelDoubleStream(DoubleStream delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean isParallel() {
        return true;
    }

    @Override
    public DoubleStream parallel() {
        return this;
    }

    @Override
    public DoubleStream sequential() {
        return delegate;
    }

    @Override
    public DoubleStream unordered() {
        return new ParallelDoubleStream(delegate.unordered());
    }

    @Override
    public DoubleStream onClose(Runnable closeHandler) {
        return new ParallelDoubleStream(delegate.onClose(closeHandler));
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public DoubleStream filter(DoublePredicate a0) {
        return new ParallelDoubleStream(delegate.filter(a0));
    }

    @Override
    public DoubleStream map(DoubleUnaryOperator a0) {
        return new ParallelDoubleStream(delegate.map(a0));
    }

    @Override
    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> a0) {
        return new ParallelStream<>(delegate.mapToObj(a0));
    }

    @Override
    public IntStream mapToInt(DoubleToIntFunction a0) {
        return new ParallelIntStream(delegate.mapToInt(a0));
    }

    @Override
    public LongStream mapToLong(DoubleToLongFunction a0) {
        return new ParallelLongStream(delegate.mapToLong(a0));
    }

    @Override
    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> a0) {
        return new ParallelDoubleStream(delegate.flatMap(a0));
    }

    @Override
    public DoubleStream mapMulti(DoubleStream.DoubleMapMultiConsumer a0) {
        return new ParallelDoubleStream(delegate.mapMulti(a0));
    }

    @Override
    public DoubleStream distinct() {
        return new ParallelDoubleStream(delegate.distinct());
    }

    @Override
    public DoubleStream sorted() {
        return new ParallelDoubleStream(delegate.sorted());
    }

    @Override
    public DoubleStream peek(DoubleConsumer a0) {
        return new ParallelDoubleStream(delegate.peek(a0));
    }

    @Override
    public DoubleStream limit(long a0) {
        return new ParallelDoubleStream(delegate.limit(a0));
    }

    @Override
    public DoubleStream skip(long a0) {
        return new ParallelDoubleStream(delegate.skip(a0));
    }

    @Override
    public DoubleStream takeWhile(DoublePredicate a0) {
        return new ParallelDoubleStream(delegate.takeWhile(a0));
    }

    @Override
    public DoubleStream dropWhile(DoublePredicate a0) {
        return new ParallelDoubleStream(delegate.dropWhile(a0));
    }

    @Override
    public void forEach(DoubleConsumer a0) {
        delegate.forEach(a0);
    }

    @Override
    public void forEachOrdered(DoubleConsumer a0) {
        delegate.forEachOrdered(a0);
    }

    @Override
    public double[] toArray() {
        return delegate.toArray();
    }

    @Override
    public double reduce(double a0, DoubleBinaryOperator a1) {
        return delegate.reduce(a0, a1);
    }

    @Override
    public OptionalDouble reduce(DoubleBinaryOperator a0) {
        return delegate.reduce(a0);
    }

    @Override
    public <R> R collect(Supplier<R> a0, ObjDoubleConsumer<R> a1, BiConsumer<R, R> a2) {
        return delegate.collect(a0, a1, a2);
    }

    @Override
    public double sum() {
        return delegate.sum();
    }

    @Override
    public OptionalDouble min() {
        return delegate.min();
    }

    @Override
    public OptionalDouble max() {
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
    public DoubleSummaryStatistics summaryStatistics() {
        return delegate.summaryStatistics();
    }

    @Override
    public boolean anyMatch(DoublePredicate a0) {
        return delegate.anyMatch(a0);
    }

    @Override
    public boolean allMatch(DoublePredicate a0) {
        return delegate.allMatch(a0);
    }

    @Override
    public boolean noneMatch(DoublePredicate a0) {
        return delegate.noneMatch(a0);
    }

    @Override
    public OptionalDouble findFirst() {
        return delegate.findFirst();
    }

    @Override
    public OptionalDouble findAny() {
        return delegate.findAny();
    }

    @Override
    public Stream<Double> boxed() {
        return new ParallelStream<>(delegate.boxed());
    }

    @Override
    public PrimitiveIterator.OfDouble iterator() {
        return delegate.iterator();
    }

    @Override
    public Spliterator.OfDouble spliterator() {
        return delegate.spliterator();
    }
}
