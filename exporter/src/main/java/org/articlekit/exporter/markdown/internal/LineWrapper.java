package org.articlekit.exporter.markdown.internal;

/**
 * Wraps a paragraph at the spaces its writer marked as breakable — outside CJK runs, link text and URLs — never
 * where the next line would start a block ({@code # }, {@code - }, {@code 1. } …).
 */
final class LineWrapper {

    private LineWrapper() {
    }

    /** The text of {@code buffer} with some breakable spaces turned into line feeds, lines at most {@code width} columns where possible. */
    static String wrap(InlineBuffer buffer, int width) {
        StringBuilder text = new StringBuilder(buffer.text);
        int scanned = 0;
        int column = 0;
        int candidate = -1;
        int columnAfterCandidate = 0;
        for (int k = 0; k <= buffer.breakableCount(); k++) {
            int at = k < buffer.breakableCount() ? buffer.breakable(k) : text.length();
            if (at < scanned) {
                continue;
            }
            while (scanned < at) {
                int cp = text.codePointAt(scanned);
                scanned += Character.charCount(cp);
                if (cp == '\n') {
                    column = 0;
                    candidate = -1;
                } else {
                    column += Chars.isWide(cp) ? 2 : 1;
                }
            }
            if (column > width && candidate >= 0) {
                text.setCharAt(candidate, '\n');
                column -= columnAfterCandidate;
                candidate = -1;
            }
            if (k < buffer.breakableCount() && mayBreak(text, at)) {
                candidate = at;
                columnAfterCandidate = column + 1;
            }
        }
        return text.toString();
    }

    private static boolean mayBreak(CharSequence text, int at) {
        return at > 0 && at + 1 < text.length() && text.charAt(at) == ' ' && text.charAt(at - 1) != '\\'
                && !Chars.isWhitespace(text.charAt(at - 1)) && !Chars.isWhitespace(text.charAt(at + 1))
                && !startsBlock(text, at + 1)
                && !(Chars.isCjk(Character.codePointBefore(text, at)) && Chars.isCjk(Character.codePointAt(text, at + 1)));
    }

    /** Whether a line starting at {@code i} could be read as something other than paragraph text. */
    static boolean startsBlock(CharSequence s, int i) {
        char c = s.charAt(i);
        int next = Chars.at(s, i + 1);
        switch (c) {
            case '#', '>', '=', '|', '[':
                return true;
            case '-', '+', '*', '_', ':':
                return Chars.isWhitespace(next) || next == '-' || next == '*' || next == '_' || next == '='
                        || next == ':' || next == '|';
            case '`', '~':
                return next == c;
            case '<':
                return next < 128 && Character.isLetter(next) || next == '/' || next == '!' || next == '?';
            default:
                break;
        }
        if (c >= '0' && c <= '9') {
            int j = i;
            while (j < s.length() && j - i < 10 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            return j - i <= 9 && j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')')
                    && Chars.isWhitespace(Chars.at(s, j + 1));
        }
        return false;
    }
}
