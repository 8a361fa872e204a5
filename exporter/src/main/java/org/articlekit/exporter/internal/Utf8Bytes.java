package org.articlekit.exporter.internal;

/** The UTF-8 bytes of one code point, written into an array: the one encoding the exporters' encoders share. */
public final class Utf8Bytes {

    private Utf8Bytes() {
    }

    /**
     * Writes the one to four bytes of {@code codePoint}, which is not a surrogate, at {@code n} of {@code bytes};
     * returns where the next byte goes.
     */
    public static int put(int codePoint, byte[] bytes, int n) {
        if (codePoint < 0x80) {
            bytes[n++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            bytes[n++] = (byte) (0xC0 | codePoint >> 6);
            bytes[n++] = (byte) (0x80 | codePoint & 0x3F);
        } else if (codePoint < 0x10000) {
            bytes[n++] = (byte) (0xE0 | codePoint >> 12);
            bytes[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            bytes[n++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            bytes[n++] = (byte) (0xF0 | codePoint >> 18);
            bytes[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            bytes[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            bytes[n++] = (byte) (0x80 | codePoint & 0x3F);
        }
        return n;
    }
}
