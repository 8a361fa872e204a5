package org.articlekit.parser.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.articlekit.parser.internal.Diagnostics;

/** Bytes to text: UTF-8, BOM dropped; invalid bytes become U+FFFD with a warning naming the first offset. */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, Diagnostics diagnostics) {
        int start = hasBom(bytes) ? 3 : 0;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return chars.toString();
        } catch (CharacterCodingException e) {
            diagnostics.warning("invalid-utf8", "the input is not valid UTF-8 (first bad byte at offset "
                    + firstInvalidOffset(bytes, start) + "); bad bytes were replaced with U+FFFD", 0, 0);
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static long firstInvalidOffset(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }
}
