package org.articlekit.parser.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.articlekit.parser.internal.Diagnostics;

/**
 * Bytes to text. UTF-8 with its BOM dropped; a UTF-16 BOM switches to UTF-16 (Windows editors write it).
 * Invalid UTF-8 does not stop the article: each bad sequence becomes U+FFFD and one warning names the byte
 * offset, line and column of the first one and how many there were.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, Diagnostics diagnostics) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        // The common case, valid UTF-8, through the JDK's fast String decoding. It turns every bad sequence into
        // U+FFFD, so a text without one came from valid input; one with it (bad input, or a U+FFFD written on
        // purpose) is decoded again below, where each bad sequence is counted and reported.
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        long firstBad = -1;
        int firstBadChar = -1;
        int badCount = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (firstBad < 0) {
                    firstBad = in.position();
                    firstBadChar = out.position();
                }
                badCount++;
                in.position(in.position() + result.length());
                out.put('\uFFFD');
            } else {
                break;
            }
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (firstBad >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < firstBadChar; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = text.codePointCount(lineStart, firstBadChar) + 1;
            diagnostics.warning("invalid-utf8", "the input is not valid UTF-8: " + badCount
                    + (badCount == 1 ? " bad byte sequence" : " bad byte sequences") + ", the first at byte offset "
                    + firstBad + "; each was replaced with U+FFFD", line, column);
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
