package org.articlekit.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a batch's outputs go: a mirrored folder tree, one concatenated file, or a stream. Called on one thread,
 * in input order, so naming is deterministic whatever the worker timing.
 */
public interface OutputSink extends AutoCloseable {

    /**
     * Decides, before the input is converted, whether it needs converting.
     *
     * @throws OutputRefusedException when its output would replace an input or fall outside the output folder
     */
    Decision plan(InputFile input) throws IOException;

    /**
     * Writes one converted input.
     *
     * @return where it went, or that an existing output was up to date
     * @throws OutputRefusedException when its output would replace an input or fall outside the output folder
     */
    Written accept(InputFile input, Decision decision, Conversion.Result result) throws IOException;

    /** What to call this output in a message: a file name, or {@code standard output}. */
    default String name() {
        return "the output";
    }

    /** Commits what the run wrote, after the last input. */
    void finish() throws IOException;

    /** Deletes temporary files being written, from a shutdown hook (another thread) when the run is interrupted. */
    default void abandon() {
    }

    /** Discards what was not committed. */
    @Override
    void close() throws IOException;

    /** Whether to convert an input, and where its output goes when known in advance. */
    record Decision(boolean skip, Path target) {
        public static final Decision CONVERT = new Decision(false, null);

        public static Decision convert(Path target) {
            return new Decision(false, target);
        }

        public static Decision skip(Path target) {
            return new Decision(true, target);
        }
    }

    /** Where an output went ({@code null} for a stream), and whether an up-to-date one was left alone. */
    record Written(String target, boolean upToDate) {
    }

    /** An output that must not be written where it would go. */
    final class OutputRefusedException extends IOException {
        public OutputRefusedException(String message) {
            super(message);
        }
    }
}
