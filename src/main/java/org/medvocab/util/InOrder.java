package org.medvocab.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a few threads and gives their results in the order of the tasks, so that what is made of them does not
 * depend on the number of threads (conversion of documents, validation queries).
 */
public final class InOrder {
    private InOrder() {}

    /**
     * The results of {@code tasks}, in their order, computed on at most {@code threads} daemon threads named
     * {@code name} (on the calling thread when one is enough). A task's unchecked exception is thrown again as it was;
     * a checked one as an {@link IllegalStateException} naming {@code name}.
     */
    public static <T> List<T> run(List<? extends Callable<T>> tasks, int threads, String name) {
        int n = Math.min(threads, tasks.size());
        List<T> out = new ArrayList<>(tasks.size());
        if (n <= 1) {
            for (Callable<T> t : tasks) out.add(call(t, name));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> running = new ArrayList<>(tasks.size());
            for (Callable<T> t : tasks) running.add(pool.submit(t));
            for (Future<T> f : running) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause(), name);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task, String name) {
        try {
            return task.call();
        } catch (Exception e) {
            throw rethrown(e, name);
        }
    }

    private static RuntimeException rethrown(Throwable cause, String name) {
        if (cause instanceof RuntimeException re) return re;
        if (cause instanceof Error err) throw err;
        return new IllegalStateException(name + " failed: " + cause, cause);
    }
}
