package dev.mayfly.kernel.net;

/**
 * The stack's lock. On HotSpot a real lock ({@link ReentrantMutex}); inside the image none is
 * needed and none is used ({@link #NONE}): one thread of execution runs at a time and nothing
 * inside a critical section can suspend, so no other thread can enter one — and the compiled
 * runtime's monitors fail their owner check when used from the network's service (see the
 * kernelnet report), which is why the image does not rely on them.
 */
public interface Mutex {
    void lock();

    void unlock();

    Mutex NONE = new Mutex() {
        @Override public void lock() { }
        @Override public void unlock() { }
    };
}
