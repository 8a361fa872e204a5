package org.articlekit.exporter.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8Writer must write exactly the bytes of {@code String.getBytes(UTF_8)}, however the text is cut. */
class Utf8WriterTest {

    /** Characters of every UTF-8 length, both halves of a pair, and ASCII that needs no work. */
    private static final char[] ALPHABET = {'a', ' ', '\n', '<', 'é', 'ß', '\u00ff', '\u0100', '—', '中', '文',
            '\uFFFD', '\uFFFF', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\u0000', '\u007f', '\u0080', '\u07ff',
            '\u0800'};

    @Test
    void wholeTextsEncodeLikeTheJdk() throws IOException {
        Random random = new Random(20261129);
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, round < 200 ? random.nextInt(64) : random.nextInt(70_000));
            byte[] expected = text.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, whole(text), () -> "a String: " + describe(text));
            assertArrayEquals(expected, whole(new StringBuilder(text)), () -> "a StringBuilder: " + describe(text));
            assertArrayEquals(expected, whole(CharBuffer.wrap(text)), () -> "a CharBuffer: " + describe(text));
        }
    }

    @Test
    void pairsAcrossASliceBoundaryStayWhole() throws IOException {
        // a pair whose high half is the last character of a 16 384-character slice, and lone halves there
        for (String around : new String[] {"\uD83D\uDE00", "\uD83D", "\uDE00", "\uDE00\uD83D"}) {
            for (int shift = -2; shift <= 2; shift++) {
                String text = "x".repeat((1 << 14) - 1 + shift) + around + "y".repeat(5);
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), whole(text), () -> describe(text));
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), throughWriter(text, new Random(1), 40_000),
                        () -> describe(text));
            }
        }
    }

    @Test
    void writesInPiecesEncodeLikeTheJdk() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            String text = randomText(random, random.nextInt(round < 150 ? 200 : 60_000));
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), throughWriter(text, random, 1 + random.nextInt(5000)),
                    () -> describe(text));
        }
    }

    /** Writes {@code text} as a few ranges, cut anywhere but between the halves of a surrogate pair. */
    private static byte[] whole(CharSequence text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Writer.Ranges ranges = Utf8Writer.ranges(out);
        Random random = new Random(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + 1 + random.nextInt(40_000));
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                    && Character.isLowSurrogate(text.charAt(end))) {
                end++;
            }
            ranges.write(text, start, end);
            start = end;
        }
        return out.toByteArray();
    }

    /** Writes {@code text} through the Writer API in random pieces, by every kind of write, flushing at times. */
    private static byte[] throughWriter(String text, Random random, int maxPiece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(out)) {
            int i = 0;
            while (i < text.length()) {
                int end = Math.min(text.length(), i + 1 + random.nextInt(maxPiece));
                switch (random.nextInt(5)) {
                    case 0 -> {
                        writer.write(text.charAt(i));
                        end = i + 1;
                    }
                    case 1 -> writer.write(text.toCharArray(), i, end - i);
                    case 2 -> writer.write(text, i, end - i);
                    case 3 -> writer.append(text, i, end);
                    default -> writer.append(text.substring(i, end));
                }
                i = end;
                // a flush may fall between the halves of a pair: the high one waits for its partner
                if (random.nextInt(10) == 0) {
                    writer.flush();
                }
            }
        }
        return out.toByteArray();
    }

    private static String randomText(Random random, int length) {
        char[] chars = new char[length];
        boolean ascii = random.nextBoolean();
        for (int i = 0; i < length; i++) {
            chars[i] = ascii && random.nextInt(50) != 0 ? (char) (' ' + random.nextInt(95))
                    : ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    private static String describe(String text) {
        return text.length() + " chars starting " + text.chars().limit(20).mapToObj(Integer::toHexString).toList();
    }
}
