package org.articlekit.cli.internal;

import java.io.PrintWriter;
import java.util.List;

/** Ways to hear about a run: several listeners as one, and a printer of failures' stack traces for {@code --verbose}. */
public final class Listeners {

    private Listeners() {
    }

    /** All of {@code listeners}, in order. */
    public static BatchRunner.Listener all(List<BatchRunner.Listener> listeners) {
        List<BatchRunner.Listener> copy = List.copyOf(listeners);
        return new BatchRunner.Listener() {
            @Override
            public void started(int total) {
                copy.forEach(l -> l.started(total));
            }

            @Override
            public void finished(Outcome outcome) {
                copy.forEach(l -> l.finished(outcome));
            }

            @Override
            public void ended() {
                copy.forEach(BatchRunner.Listener::ended);
            }
        };
    }

    /** Prints each failure as it happens, with the stack trace behind it. */
    public static BatchRunner.Listener stackTraces(PrintWriter err) {
        return outcome -> {
            if (outcome.status() == Outcome.Status.FAILED) {
                err.println(outcome.failure().format());
                if (outcome.cause() != null) {
                    outcome.cause().printStackTrace(err);
                }
                err.flush();
            }
        };
    }
}
