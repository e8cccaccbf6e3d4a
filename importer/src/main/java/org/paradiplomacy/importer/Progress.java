package org.paradiplomacy.importer;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on the terminal for one phase of the import: done out of total, rate and time left. Redrawn at
 * most five times a second; on a stream that is not a terminal it prints one line per tenth instead.
 */
public final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final String phase;
    private final long total;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private volatile long lastDrawn;
    private volatile long lastTenth = -1;

    public Progress(PrintStream out, boolean terminal, String phase, long total) {
        this.out = out;
        this.terminal = terminal;
        this.phase = phase;
        this.total = total;
        draw(0, true);
    }

    public void step() {
        long now = done.incrementAndGet();
        draw(now, now == total);
    }

    public void finish() {
        draw(done.get(), true);
        if (terminal) {
            out.println();
        }
    }

    private synchronized void draw(long count, boolean force) {
        long time = System.nanoTime();
        if (terminal) {
            if (!force && time - lastDrawn < 200_000_000L) {
                return;
            }
            lastDrawn = time;
            out.print("\r" + line(count, time));
        } else {
            long tenth = total == 0 ? 10 : count * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.println(line(count, time));
            }
        }
        out.flush();
    }

    private String line(long count, long time) {
        double seconds = Math.max(1e-3, (time - started) / 1e9);
        double rate = count / seconds;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * count / total);
        String left = rate > 0 && count < total ? String.format(" %ds left", (long) ((total - count) / rate)) : "";
        return String.format("%-18s [%s%s] %,d/%,d %5.1f%% %,.0f/s%s   ", phase, "=".repeat(filled),
                " ".repeat(WIDTH - filled), count, total, total == 0 ? 100.0 : 100.0 * count / total, rate, left);
    }
}
