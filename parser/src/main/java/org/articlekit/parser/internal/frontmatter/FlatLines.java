package org.articlekit.parser.internal.frontmatter;

/**
 * What the hand-written readers of flat front matter ({@link FlatYaml}, {@link FlatToml}) share: the characters
 * they vouch for, the walk over lines, and skipping spaces.
 */
final class FlatLines {

    /** Reads one line, {@code source[start, end)}, the {@code line}-th (from 0); false means "not sure". */
    interface LineReader {
        boolean read(int start, int end, int line);
    }

    private FlatLines() {
    }

    /**
     * Whether every char is an ordinary printable one to both the full parsers and the regular expressions that
     * place keys: no control char but {@code \n} (tabs and {@code \r} included), no C1 control (U+0085 ends a
     * line to some), no U+2028/U+2029 (line ends too), no U+FEFF (skipped, not counted in columns), no unpaired
     * surrogate, no U+FFFE/U+FFFF.
     */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\n') {
                    return false;
                }
            } else if (c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE
                    || Character.isLowSurrogate(c)) {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** Hands each {@code \n}-separated line of {@code source} to {@code reader}; false as soon as one is. */
    static boolean eachLine(String source, LineReader reader) {
        int line = 0;
        for (int start = 0; start < source.length(); line++) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = source.length();
            }
            if (!reader.read(start, end, line)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /** Where the spaces of {@code source[from, to)} starting at {@code from} end. */
    static int skipSpaces(String source, int from, int to) {
        while (from < to && source.charAt(from) == ' ') {
            from++;
        }
        return from;
    }
}
