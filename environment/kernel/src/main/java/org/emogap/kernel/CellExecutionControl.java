package org.emogap.kernel;

import jdk.jshell.execution.DirectExecutionControl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs snippets in this JVM (JShell's "local" engine idea), on a worker thread so a cell can be
 * interrupted, and keeps each expression's value as an object instead of JShell's string form,
 * so the kernel can render a Table or a Figure richly. JShell only sees an opaque key.
 */
final class CellExecutionControl extends DirectExecutionControl {
    /** A value JShell reports for statements and void calls, which the kernel must not render. */
    static final String NO_VALUE = "";

    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "emogap-cell");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private volatile Future<?> running;
    private volatile Thread runningThread;
    /** Set by an interrupt during a cell, so a snippet that has not started yet does not start. */
    private volatile boolean stopRequested;

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        if (stopRequested) throw new jdk.jshell.spi.ExecutionControl.StoppedException();
        Future<Object> task = worker.submit(() -> {
            runningThread = Thread.currentThread();
            try {
                return doitMethod.invoke(null);
            } finally {
                runningThread = null;
            }
        });
        running = task;
        if (stopRequested) task.cancel(true); // the interrupt came while the task was being submitted
        Object value;
        try {
            value = task.get();
        } catch (CancellationException e) {
            throw new jdk.jshell.spi.ExecutionControl.StoppedException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvocationTargetException ite) throw ite;
            throw e;
        } finally {
            running = null;
        }
        if (value == null && doitMethod.getReturnType() == void.class) return NO_VALUE;
        String key = UUID.randomUUID().toString();
        values.put(key, value == null ? NullValue.INSTANCE : value);
        return key;
    }

    /** The object behind a key JShell reported, removing it (null for statements). */
    Object takeValue(String key) {
        if (key == null || key.isEmpty()) return null;
        Object v = values.remove(key);
        return v == NullValue.INSTANCE ? null : v;
    }

    /** Called when a cell starts and ends: an interrupt applies to the cell it arrived during. */
    void resetStop() {
        stopRequested = false;
    }

    /** Drops values no cell will ask for (declarations evaluate too), so none outlives its cell. */
    void clearValues() {
        values.clear();
    }

    boolean hasValue(String key) {
        return key != null && values.containsKey(key);
    }

    /**
     * Interrupts the running cell: first politely (Thread.interrupt, which library loops and
     * blocking calls honour); if the thread is still busy after a grace period, it is stopped
     * the hard way where the JVM still allows it.
     */
    @SuppressWarnings({"deprecation", "removal"})
    void interruptCell() {
        stopRequested = true;
        Future<?> f = running;
        Thread t = runningThread;
        if (f == null) return;
        f.cancel(true);
        if (t == null) return;
        try {
            t.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (t.isAlive() && runningThread == t) {
            try {
                t.stop();
            } catch (UnsupportedOperationException e) {
                System.err.println("the cell ignores interrupts and this JVM cannot stop threads: restart the kernel");
            }
        }
    }

    @Override
    public void stop() {
        interruptCell();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        super.close();
    }

    private enum NullValue { INSTANCE }
}
