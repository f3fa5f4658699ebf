package org.medvocab.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/** Results come back in task order whatever the number of threads; a task's failure reaches the caller. */
class InOrderTest {

    @Test void resultsInTaskOrderOnOneOrSeveralThreads() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            tasks.add(() -> {
                threads.add(Thread.currentThread().getName());
                Thread.sleep((40 - n) % 7);     // later tasks often finish first
                return n * n;
            });
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) expected.add(i * i);
        assertEquals(expected, InOrder.run(tasks, 1, "test-pool"));
        assertTrue(threads.contains(Thread.currentThread().getName()), "one thread: the caller's");
        threads.clear();
        assertEquals(expected, InOrder.run(tasks, 4, "test-pool"));
        assertEquals(Set.of("test-pool"), threads);
    }

    @Test void aFailingTaskFailsTheRun() {
        List<Callable<String>> tasks = List.of(() -> "a", () -> { throw new IllegalArgumentException("bad input"); }, () -> "c");
        assertEquals("bad input", assertThrows(IllegalArgumentException.class, () -> InOrder.run(tasks, 2, "t")).getMessage());
        List<Callable<String>> checked = List.of(() -> { throw new java.io.IOException("disk"); });
        assertTrue(assertThrows(IllegalStateException.class, () -> InOrder.run(checked, 1, "t")).getMessage().contains("disk"));
    }
}
