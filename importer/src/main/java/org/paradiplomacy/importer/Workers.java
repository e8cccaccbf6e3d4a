package org.paradiplomacy.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.paradiplomacy.importer.client.ObservatoryClient.Unavailable;

/** Runs one phase's requests a few at a time: the services take concurrent writes, one client thread would idle. */
public final class Workers {

    private static final long DIRECTORY_WAIT_MILLIS = 120_000;

    private final int concurrency;

    public Workers(int concurrency) {
        this.concurrency = concurrency;
    }

    /** Applies the work to every item, stopping at the first failure, which it rethrows. */
    public <T> void each(List<T> items, Consumer<T> work) {
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> futures = new ArrayList<>();
            items.forEach(item -> futures.add(pool.submit(() -> work.accept(item))));
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new Unavailable("interrupted", e);
                }
            }
        }
    }

    /** Polls until the condition holds, or gives up after two minutes. */
    static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + DIRECTORY_WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new Unavailable("gave up waiting for " + what, null);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("interrupted", e);
            }
        }
    }
}
