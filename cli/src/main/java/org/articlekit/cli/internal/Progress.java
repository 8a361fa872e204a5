package org.articlekit.cli.internal;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for a terminal: files done of total, rate and time left, redrawn at most a few times a
 * second on standard error. Only shown on a terminal and without {@code --quiet}; the caller decides.
 */
public final class Progress implements BatchRunner.Listener {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final LongSupplier clock;
    private int total;
    private int done;
    private long start;
    private long lastDraw;
    private int width;

    public Progress(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void started(int total) {
        this.total = total;
        this.start = clock.getAsLong();
    }

    @Override
    public void finished(Outcome outcome) {
        done++;
        long now = clock.getAsLong();
        if (now - lastDraw >= REDRAW_NANOS || done == total) {
            lastDraw = now;
            draw(line(done, total, now - start));
        }
    }

    @Override
    public void ended() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    private void draw(String line) {
        String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
        width = line.length();
        err.print("\r" + padded);
        err.flush();
    }

    /** The text of the bar: {@code [=====>      ] 1234/10000  250 files/s  0:35 left}. */
    static String line(int done, int total, long elapsedNanos) {
        int filled = total == 0 ? BAR : (int) ((long) done * BAR / total);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < BAR; i++) {
            bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        bar.append("] ").append(done).append('/').append(total);
        double seconds = elapsedNanos / 1e9;
        if (seconds > 0.05 && done > 0) {
            double rate = done / seconds;
            long left = Math.round((total - done) / rate);
            bar.append(String.format("  %.0f files/s  %d:%02d left", rate, left / 60, left % 60));
        }
        return bar.toString();
    }
}
