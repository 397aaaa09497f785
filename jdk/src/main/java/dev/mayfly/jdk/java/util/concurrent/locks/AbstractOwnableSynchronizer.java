package dev.mayfly.jdk.java.util.concurrent.locks;

/**
 * java.util.concurrent.locks.AbstractOwnableSynchronizer on Mayfly: the base of synchronizers that
 * a thread may own exclusively, recording that thread.
 */
public abstract class AbstractOwnableSynchronizer implements java.io.Serializable {
    private transient Thread exclusiveOwnerThread;

    protected AbstractOwnableSynchronizer() {
    }

    protected final void setExclusiveOwnerThread(Thread thread) {
        exclusiveOwnerThread = thread;
    }

    protected final Thread getExclusiveOwnerThread() {
        return exclusiveOwnerThread;
    }
}
