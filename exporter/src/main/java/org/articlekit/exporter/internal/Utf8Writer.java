package org.articlekit.exporter.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Encodes text as UTF-8 onto a stream a slice of some thousand characters at a time, through the JDK's
 * {@link String#getBytes} encoder, which is much faster than a {@link java.nio.charset.CharsetEncoder} on text that
 * is not ASCII. The bytes are those of {@code text.getBytes(UTF_8)}: an unpaired surrogate becomes {@code ?}.
 * Not thread-safe; {@link #close()} does not close the stream.
 *
 * <p>For a text that is already whole, {@link #write(CharSequence, OutputStream)} avoids both a copy of the text
 * and a byte array as large as it.
 */
public final class Utf8Writer extends Writer {

    /** Characters encoded at a time: large enough for few writes, small enough to stay out of the old generation. */
    private static final int SLICE = 1 << 14;

    private final OutputStream out;
    /** Starts small, as most articles are: it grows to a slice once, for long ones. */
    private final StringBuilder pending = new StringBuilder(1 << 10);

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    /** Writes {@code text} to {@code out} as UTF-8, a slice at a time. */
    public static void write(CharSequence text, OutputStream out) throws IOException {
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = sliceEnd(text, start, Math.min(length, start + SLICE));
            out.write(text.subSequence(start, end).toString().getBytes(StandardCharsets.UTF_8));
            start = end;
        }
    }

    /** Where a slice ending near {@code end} ends, so that it does not part a surrogate pair. */
    private static int sliceEnd(CharSequence text, int start, int end) {
        if (end < text.length() && end - start > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
            return end - 1;
        }
        return end;
    }

    @Override
    public void write(int c) throws IOException {
        pending.append((char) c);
        drainIfFull();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        pending.append(chars, offset, length);
        drainIfFull();
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        pending.append(text, offset, offset + length);
        drainIfFull();
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        pending.append(text);
        drainIfFull();
        return this;
    }

    @Override
    public Writer append(CharSequence text, int start, int end) throws IOException {
        pending.append(text, start, end);
        drainIfFull();
        return this;
    }

    @Override
    public Writer append(char c) throws IOException {
        pending.append(c);
        drainIfFull();
        return this;
    }

    private void drainIfFull() throws IOException {
        if (pending.length() >= SLICE) {
            // a high surrogate at the end waits for its pair, which the next write brings
            int end = Character.isHighSurrogate(pending.charAt(pending.length() - 1))
                    ? pending.length() - 1 : pending.length();
            out.write(pending.substring(0, end).getBytes(StandardCharsets.UTF_8));
            pending.delete(0, end);
        }
    }

    /** Writes out every character written so far, then flushes the stream. */
    @Override
    public void flush() throws IOException {
        if (pending.length() > 0) {
            out.write(pending.toString().getBytes(StandardCharsets.UTF_8));
            pending.setLength(0);
        }
        out.flush();
    }

    /** Flushes; the stream stays open. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
