package org.articlekit.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articlekit.exporter.Exporter;

/**
 * Converts or validates a whole batch: expands the inputs, chooses where outputs go (a mirrored folder, one
 * concatenated file, or standard output), and runs the workers. The library behind {@code articlekit convert} and
 * {@code validate}, usable without picocli.
 *
 * <pre>{@code
 * Summary summary = new Batch(Environment.system()).convert(settings, exporter, System.out, outcome -> { });
 * }</pre>
 */
public final class Batch {

    private final Environment env;

    public Batch(Environment env) {
        this.env = env;
    }

    /**
     * Converts every input of {@code settings} with {@code exporter}.
     *
     * @param stdout where outputs go when there is no {@code -o}
     * @throws UsageException when the outputs cannot be placed as asked (several inputs to standard output in a
     *                        format that does not concatenate, an output file that is an input …)
     */
    public Summary convert(BatchSettings settings, Exporter exporter, OutputStream stdout,
            BatchRunner.Listener listener) {
        Path output = settings.output();
        boolean toFile = output != null && writesOneFile(output, exporter, settings.inputs());
        Path skip = output != null && !toFile ? output : null;
        InputWalker.Result walked = new InputWalker(settings.filter(), skip).walk(settings.inputs());
        List<InputFile> files = walked.files();
        Summary summary = start(walked);
        if (output == null && files.size() > 1 && !exporter.concatenable()) {
            throw new UsageException(files.size() + " inputs cannot all go to standard output as " + exporter.name()
                    + ": give an output folder with -o DIR");
        }
        if (settings.namePattern() != null && (output == null || toFile)) {
            throw new UsageException("--name-pattern lays out files in a folder: give one with -o DIR");
        }
        OutputSink sink;
        try {
            sink = openSink(settings, exporter, stdout, toFile, files, summary);
        } catch (OutputSink.OutputRefusedException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UsageException(output + ": cannot write there: " + Reasons.io(e), e);
        }
        Conversion conversion = new Conversion(settings.parser(), exporter, env.store(), env.stdin(),
                settings.namePattern() != null);
        new BatchRunner(conversion, settings.jobs(), settings.timeoutSeconds()).run(files, sink, listener, summary);
        return summary;
    }

    /** Parses every input of {@code settings} and reports what it found; writes nothing. */
    public Summary validate(BatchSettings settings, BatchRunner.Listener listener) {
        InputWalker.Result walked = new InputWalker(settings.filter(), null).walk(settings.inputs());
        Summary summary = start(walked);
        Conversion conversion = new Conversion(settings.parser(), null, env.store(), env.stdin(), false);
        new BatchRunner(conversion, settings.jobs(), settings.timeoutSeconds())
                .run(walked.files(), new NoOutput(), listener, summary);
        return summary;
    }

    private static Summary start(InputWalker.Result walked) {
        Summary summary = new Summary();
        walked.problems().forEach(summary::addFailure);
        walked.notes().forEach(summary::addNote);
        if (walked.files().isEmpty() && walked.problems().isEmpty()) {
            summary.addNote("no input files found (a folder yields *.md *.markdown *.html *.htm *.txt, or what "
                    + "--include names)");
        }
        return summary;
    }

    /**
     * Whether {@code -o PATH} names one file rather than a folder: it is not an existing folder, and either the
     * format concatenates (JSON Lines) or there is one input file and PATH ends with the format's extension.
     */
    static boolean writesOneFile(Path output, Exporter exporter, List<String> inputs) {
        if (Files.isDirectory(output) || output.toString().endsWith("/")) {
            return false;
        }
        if (exporter.concatenable()) {
            return true;
        }
        boolean oneFile = inputs.size() == 1 && (inputs.get(0).equals("-") || Files.isRegularFile(Path.of(inputs.get(0))));
        return oneFile && output.getFileName().toString().endsWith("." + exporter.extension());
    }

    private OutputSink openSink(BatchSettings settings, Exporter exporter, OutputStream stdout, boolean toFile,
            List<InputFile> files, Summary summary) throws IOException {
        if (settings.output() == null) {
            return StreamOutput.to(stdout);
        }
        if (toFile) {
            return StreamOutput.toFile(settings.output(), files, env.store());
        }
        TreeOutput tree = new TreeOutput(settings.output(), exporter.extension(), settings.namePattern(),
                settings.overwrite(), files, env.store());
        int stale = tree.prepare();
        if (stale > 0) {
            summary.addNote("removed " + stale + " temporary file" + (stale == 1 ? "" : "s")
                    + " left by an interrupted run in " + settings.output());
        }
        return tree;
    }
}
