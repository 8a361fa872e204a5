package org.articlekit.bench;

import java.io.OutputStream;

/** Counts the bytes an exporter writes and keeps none: the benchmark measures the exporter, not a buffer. */
final class DiscardingOutputStream extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        count += length;
    }

    long count() {
        return count;
    }
}
