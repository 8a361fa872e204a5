package org.articlekit.exporter.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Encodes text as UTF-8 onto a stream a slice of some thousand characters at a time. The characters of a slice
 * are copied in bulk into a scratch array and encoded by one loop into another, so no intermediate string or
 * byte array is made per slice (going through {@code String.getBytes} made a substring, a byte array three times
 * its length for any text beyond Latin-1, and a trimmed copy of that). The
 * bytes are those of {@code text.getBytes(UTF_8)}: an unpaired surrogate becomes {@code ?}. Not thread-safe;
 * {@link #close()} does not close the stream.
 *
 * <p>For text that comes in large, whole pieces, {@link #ranges(OutputStream)} encodes each piece where it lies,
 * without copying it into this writer first.
 */
public final class Utf8Writer extends Writer {

    /** Characters encoded at a time: large enough for few writes, small enough to stay out of the old generation. */
    private static final int SLICE = 1 << 14;

    private final OutputStream out;
    /** Starts small, as most articles are: it grows to a slice once, for long ones. */
    private final StringBuilder pending = new StringBuilder(1 << 10);
    private Slices slices;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    /**
     * Encodes ranges of text onto {@code out}, one after another, with one pair of scratch arrays: for a caller
     * that hands over large, whole pieces. A range must not end between the halves of a surrogate pair.
     */
    public static Ranges ranges(OutputStream out) {
        return new Ranges(out);
    }

    /** See {@link #ranges}. Not thread-safe. */
    public static final class Ranges {
        private final OutputStream out;
        private Slices slices;

        private Ranges(OutputStream out) {
            this.out = out;
        }

        /** Writes {@code text[start, end)} as UTF-8. */
        public void write(CharSequence text, int start, int end) throws IOException {
            int size = Math.min(end - start, SLICE);
            if (slices == null || slices.chars.length < size) {
                slices = new Slices(size);
            }
            slices.write(text, start, end, out);
        }
    }

    /** Where a slice ending near {@code end} ends, so that it does not part a surrogate pair. */
    private static int sliceEnd(CharSequence text, int start, int end) {
        if (end < text.length() && end - start > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
            return end - 1;
        }
        return end;
    }

    /** The scratch arrays of one encoding: characters of a slice, and room for their bytes. */
    private static final class Slices {
        private final char[] chars;
        private final byte[] bytes;

        Slices(int size) {
            chars = new char[Math.max(size, 1)];
            bytes = new byte[chars.length * 3];
        }

        void write(CharSequence text, int from, int to, OutputStream out) throws IOException {
            int start = from;
            while (start < to) {
                int end = sliceEnd(text, start, Math.min(to, start + chars.length));
                copy(text, start, end);
                out.write(bytes, 0, encode(end - start));
                start = end;
            }
        }

        private void copy(CharSequence text, int start, int end) {
            if (text instanceof String string) {
                string.getChars(start, end, chars, 0);
            } else if (text instanceof StringBuilder builder) {
                builder.getChars(start, end, chars, 0);
            } else {
                for (int i = start; i < end; i++) {
                    chars[i - start] = text.charAt(i);
                }
            }
        }

        /** Encodes the first {@code length} characters into {@link #bytes}; returns how many bytes. */
        private int encode(int length) {
            int n = 0;
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    bytes[n++] = (byte) c;
                } else if (!Character.isSurrogate(c)) {
                    n = Utf8Bytes.put(c, bytes, n);
                } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                    n = Utf8Bytes.put(Character.toCodePoint(c, chars[++i]), bytes, n);
                } else {
                    bytes[n++] = '?';   // an unpaired surrogate, as String.getBytes writes it
                }
            }
            return n;
        }
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
            drain(withoutTrailingHighSurrogate());
        }
    }

    /** How many pending characters can be encoded now: a high surrogate at the end waits for its pair. */
    private int withoutTrailingHighSurrogate() {
        int end = pending.length();
        return end > 0 && Character.isHighSurrogate(pending.charAt(end - 1)) ? end - 1 : end;
    }

    /** Encodes the first {@code end} pending characters onto the stream and forgets them. */
    private void drain(int end) throws IOException {
        if (end == 0) {
            return;
        }
        // scratch as large as the text, up to a slice: a short article does not pay for a long one's arrays
        int size = Math.min(end, SLICE);
        if (slices == null || slices.chars.length < size) {
            slices = new Slices(size);
        }
        slices.write(pending, 0, end, out);
        pending.delete(0, end);
    }

    /**
     * Writes out every character written so far, then flushes the stream; a high surrogate written last waits for
     * the low one that completes it (or for {@link #close()}, which writes it as {@code ?}).
     */
    @Override
    public void flush() throws IOException {
        drain(withoutTrailingHighSurrogate());
        out.flush();
    }

    /** Writes out every character written so far and flushes; the stream stays open. */
    @Override
    public void close() throws IOException {
        drain(pending.length());
        out.flush();
    }
}
