package org.articlekit.exporter.markdown.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Encodes a finished text as UTF-8 onto a stream a slice at a time. The bytes are those of
 * {@code text.toString().getBytes(UTF_8)}, but neither a copy of the whole text nor a byte array as large as it is
 * made: for a long article, those are two large short-lived allocations.
 */
public final class Utf8Slices {

    /** Characters encoded at a time: large enough for few writes, small enough to stay out of the old generation. */
    private static final int SLICE = 1 << 14;

    private Utf8Slices() {
    }

    /** Writes {@code text} to {@code out} as UTF-8, an unpaired surrogate as {@code ?} as the JDK encodes it. */
    public static void write(CharSequence text, OutputStream out) throws IOException {
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = Math.min(length, start + SLICE);
            if (end < length && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;      // a surrogate pair encodes as one character: both halves go in the same slice
            }
            out.write(text.subSequence(start, end).toString().getBytes(StandardCharsets.UTF_8));
            start = end;
        }
    }
}
