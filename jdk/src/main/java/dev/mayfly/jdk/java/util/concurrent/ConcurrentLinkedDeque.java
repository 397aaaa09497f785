package dev.mayfly.jdk.java.util.concurrent;

import java.util.Collection;

/**
 * java.util.concurrent.ConcurrentLinkedDeque on Mayfly: an unbounded deque safe for many threads,
 * with weakly consistent (here: snapshot) iterators; null elements are refused.
 */
public class ConcurrentLinkedDeque<E> extends MonitorDeque<E> {
    public ConcurrentLinkedDeque() {
        super(Integer.MAX_VALUE);
    }

    public ConcurrentLinkedDeque(Collection<? extends E> c) {
        super(Integer.MAX_VALUE);
        for (E e : c) {
            addLast(Nulls.nonNull(e));
        }
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        return super.removeFirstOccurrence(Nulls.nonNull(o));
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        return super.removeLastOccurrence(Nulls.nonNull(o));
    }
}
