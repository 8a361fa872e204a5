package org.articlekit.cli.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a batch: {@code jobs} workers convert inputs in parallel while this thread hands their results to the
 * {@link OutputSink} strictly in input order. At most a small window of inputs is in flight or waiting, so memory
 * stays bounded whatever the archive size (the reorder buffer is that window). One input failing — also through a
 * bug in an exporter, or by taking longer than the time limit — never stops the others.
 */
public final class BatchRunner {

    /** Hears about each outcome as the run goes, in input order. */
    public interface Listener {
        /** Before the first input. */
        default void started(int total) {
        }

        /** After each input. */
        void finished(Outcome outcome);

        /** After the last input. */
        default void ended() {
        }
    }

    private final Conversion conversion;
    private final int jobs;
    private final long timeoutNanos;

    /**
     * @param jobs           how many workers
     * @param timeoutSeconds the longest one input may take before it is given up as failed; 0 for no limit
     */
    public BatchRunner(Conversion conversion, int jobs, long timeoutSeconds) {
        if (jobs < 1) {
            throw new UsageException("the number of jobs must be at least 1: " + jobs);
        }
        this.conversion = conversion;
        this.jobs = jobs;
        this.timeoutNanos = TimeUnit.SECONDS.toNanos(timeoutSeconds);
    }

    /** Converts every input into {@code sink}, telling {@code listener}; the tally goes into {@code summary}. */
    public void run(List<InputFile> inputs, OutputSink sink, Listener listener, Summary summary) {
        long start = System.nanoTime();
        listener.started(inputs.size());
        int window = jobs * 2 + 2;
        ExecutorService pool = Executors.newFixedThreadPool(jobs, new Workers());
        Deque<Slot> slots = new ArrayDeque<>();
        // Ctrl-C or SIGTERM: remove the temporary file being written, so that no trace of it remains
        Thread cleanup = new Thread(sink::abandon, "articlekit-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            for (InputFile input : inputs) {
                slots.add(submit(input, sink, pool));
                while (slots.size() >= window) {
                    deliver(slots.poll(), sink, listener, summary);
                }
            }
            while (!slots.isEmpty()) {
                deliver(slots.poll(), sink, listener, summary);
            }
            try {
                sink.finish();
            } catch (IOException e) {
                summary.addFailure(Failure.of(sink.name(), "write-failed",
                        "cannot write the output: " + Reasons.io(e)));
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already: the hook runs
            }
            pool.shutdownNow();
            try {
                sink.close();
            } catch (IOException e) {
                summary.addNote("could not remove a temporary file: " + Reasons.io(e));
            }
            summary.elapsed(System.nanoTime() - start);
            listener.ended();
        }
    }

    private Slot submit(InputFile input, OutputSink sink, ExecutorService pool) {
        OutputSink.Decision decision;
        try {
            decision = sink.plan(input);
        } catch (IOException e) {
            return Slot.done(input, refused(input, e, java.util.List.of()));
        }
        if (decision.skip()) {
            return Slot.done(input, Outcome.skipped(input, decision.target().toString()));
        }
        AtomicLong started = new AtomicLong();
        Future<Conversion.Result> future = pool.submit(() -> {
            started.set(System.nanoTime());
            return conversion.run(input);
        });
        return new Slot(input, decision, future, started, null);
    }

    private void deliver(Slot slot, OutputSink sink, Listener listener, Summary summary) {
        Outcome outcome = slot.outcome != null ? slot.outcome : complete(slot, sink);
        summary.add(outcome);
        listener.finished(outcome);
    }

    private Outcome complete(Slot slot, OutputSink sink) {
        InputFile input = slot.input;
        Conversion.Result result;
        try {
            result = await(slot);
        } catch (TimeoutException e) {
            slot.future.cancel(true);
            return Outcome.failed(input, Failure.of(input.display(), "timeout", "gave up after "
                    + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos) + " s"), e, List.of());
        } catch (ExecutionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Outcome.failed(input, Failure.of(input.display(), "worker-crashed",
                    "the conversion failed: " + Reasons.unexpected(cause)), cause, List.of());
        }
        if (result.failed()) {
            return Outcome.failed(input, result.failure(), result.cause(), result.diagnostics());
        }
        try {
            OutputSink.Written written = sink.accept(input, slot.decision, result);
            return written.upToDate()
                    ? Outcome.skipped(input, written.target())
                    : new Outcome(input, Outcome.Status.CONVERTED, result.diagnostics(), null, null,
                    written.target());
        } catch (IOException e) {
            return refused(input, e, result.diagnostics());
        } catch (RuntimeException e) {
            return Outcome.failed(input, Failure.of(input.display(), "write-failed",
                    "cannot write its output: " + Reasons.unexpected(e)), e, result.diagnostics());
        }
    }

    private Conversion.Result await(Slot slot) throws TimeoutException, ExecutionException {
        while (true) {
            try {
                if (timeoutNanos == 0) {
                    return slot.future.get();
                }
                return slot.future.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long began = slot.started.get();
                if (began != 0 && System.nanoTime() - began > timeoutNanos) {
                    throw e;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }
    }

    private static Outcome refused(InputFile input, IOException e, List<org.articlekit.core.Diagnostic> diagnostics) {
        Failure failure = e instanceof OutputSink.OutputRefusedException
                ? Failure.of(input.display(), "output-refused", "refused: " + e.getMessage())
                : Failure.of(input.display(), "write-failed", "cannot write its output: " + Reasons.io(e));
        return Outcome.failed(input, failure, e, diagnostics);
    }

    private record Slot(InputFile input, OutputSink.Decision decision, Future<Conversion.Result> future,
            AtomicLong started, Outcome outcome) {
        static Slot done(InputFile input, Outcome outcome) {
            return new Slot(input, null, null, null, outcome);
        }
    }

    /** Daemon threads, so that a worker stuck in a hostile input never keeps the program alive. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "articlekit-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
