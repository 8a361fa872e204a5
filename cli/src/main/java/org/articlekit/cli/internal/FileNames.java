package org.articlekit.cli.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** File-name rules that hold on every common file system (ext4, APFS, NTFS): byte caps and forbidden characters. */
public final class FileNames {

    /** The longest file name, in UTF-8 bytes, that ext4, APFS and NTFS all accept. */
    public static final int MAX_NAME_BYTES = 255;

    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    /** The length of {@code text} in UTF-8 bytes. */
    public static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return bytes;
    }

    /** The longest prefix of {@code text} whose UTF-8 form has at most {@code maxBytes} bytes, cut between code points. */
    public static String capBytes(String text, int maxBytes) {
        if (text.length() * 4 <= maxBytes || text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end);
    }

    /** The part of a file name before its last dot (the whole name when it has no extension or starts with its only dot). */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    /** {@code stem.extension}, the stem shortened so that the whole name fits {@link #MAX_NAME_BYTES}. */
    public static String withExtension(String stem, String extension) {
        String suffix = extension.isEmpty() ? "" : "." + extension;
        return capBytes(stem, MAX_NAME_BYTES - utf8Length(suffix)) + suffix;
    }

    /**
     * One path segment that every common file system accepts: characters forbidden on Windows and control
     * characters become {@code -}, a leading dot (hidden file, {@code ..}) becomes {@code _}, trailing dots and
     * spaces go, device names get a {@code _}, and the length is capped at {@code maxBytes}.
     */
    public static String safeSegment(String text, int maxBytes) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20 || cp == 0x7f || "<>:\"/\\|?*".indexOf(cp) >= 0) {
                out.append('-');
            } else {
                out.appendCodePoint(cp);
            }
        }
        String segment = out.toString().strip();
        if (segment.startsWith(".")) {
            segment = "_" + segment.substring(1);
        }
        segment = capBytes(segment, maxBytes);
        int end = segment.length();
        while (end > 0 && (segment.charAt(end - 1) == '.' || segment.charAt(end - 1) == ' ')) {
            end--;
        }
        segment = segment.substring(0, end);
        if (segment.isEmpty()) {
            return "_";
        }
        String base = stem(segment).toLowerCase(Locale.ROOT);
        return WINDOWS_RESERVED.contains(base) ? "_" + segment : segment;
    }
}
