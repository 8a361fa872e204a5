package org.articlekit.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes in UTF-8 written on to a {@link Writer}: lets exporters, which write bytes, print through picocli's
 * {@code getOut()} writer (which tests capture). A character split across two writes is kept until it is whole.
 */
public final class Utf8WriterStream extends OutputStream {

    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    public Utf8WriterStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int end = offset + length;
        while (offset < end) {
            int n = Math.min(pending.remaining(), end - offset);
            pending.put(bytes, offset, n);
            offset += n;
            decode(false);
        }
    }

    private void decode(boolean endOfInput) throws IOException {
        pending.flip();
        while (true) {
            var result = decoder.decode(pending, chars, endOfInput);
            drainChars();
            if (result.isUnderflow()) {
                break;
            }
        }
        pending.compact();
    }

    private void drainChars() throws IOException {
        chars.flip();
        writer.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
        chars.clear();
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        decode(true);
        decoder.flush(chars);
        drainChars();
        writer.flush();
    }
}
