package org.articlekit.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Every output, in input order, one after another: to standard output, or to one file (written atomically: it
 * appears, whole, when the run ends). For JSON Lines, or a single input.
 */
public final class StreamOutput implements OutputSink {

    private final OutputStream stream;
    private final AtomicWriter.Pending pending;
    private final String target;
    private final AtomicWriter writer;

    private StreamOutput(OutputStream stream, AtomicWriter.Pending pending, String target, AtomicWriter writer) {
        this.writer = writer;
        this.stream = stream;
        this.pending = pending;
        this.target = target;
    }

    /** Outputs written to {@code stream}, which stays open. */
    public static StreamOutput to(OutputStream stream) {
        return new StreamOutput(stream, null, null, null);
    }

    /**
     * Outputs written to {@code file}, which appears when the run {@linkplain #finish() finishes}.
     *
     * @throws OutputRefusedException when {@code file} is one of the inputs
     */
    public static StreamOutput toFile(Path file, List<InputFile> inputs, FileStore store) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        for (InputFile input : inputs) {
            if (!input.isStdin() && (input.path().toAbsolutePath().normalize().equals(absolute)
                    || java.nio.file.Files.exists(file) && java.nio.file.Files.isSameFile(input.path(), file))) {
                throw new OutputRefusedException("the output " + file + " would replace an input");
            }
        }
        Path folder = absolute.getParent();
        store.createDirectories(folder);
        AtomicWriter writer = new AtomicWriter(store);
        writer.removeStaleBeside(absolute);
        AtomicWriter.Pending pending = writer.open(absolute);
        return new StreamOutput(pending.stream(), pending, file.toString(), writer);
    }

    @Override
    public String name() {
        return target == null ? "standard output" : target;
    }

    @Override
    public Decision plan(InputFile input) {
        return Decision.CONVERT;
    }

    @Override
    public Written accept(InputFile input, Decision decision, Conversion.Result result) throws IOException {
        stream.write(result.bytes());
        if (pending == null) {
            stream.flush();
        }
        return new Written(target, false);
    }

    @Override
    public void abandon() {
        if (writer != null) {
            writer.discardInFlight();
        }
    }

    @Override
    public void finish() throws IOException {
        if (pending != null) {
            pending.commit();
        } else {
            stream.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (pending != null) {
            pending.close();
        }
    }
}
