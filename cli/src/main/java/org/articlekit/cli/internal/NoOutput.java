package org.articlekit.cli.internal;

/** No outputs at all: for {@code validate}, which only parses. */
public final class NoOutput implements OutputSink {

    @Override
    public Decision plan(InputFile input) {
        return Decision.CONVERT;
    }

    @Override
    public Written accept(InputFile input, Decision decision, Conversion.Result result) {
        return new Written(null, false);
    }

    @Override
    public void finish() {
        // nothing to commit
    }

    @Override
    public void close() {
        // nothing held
    }
}
