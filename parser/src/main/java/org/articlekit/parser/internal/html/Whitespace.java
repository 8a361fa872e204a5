package org.articlekit.parser.internal.html;

/** HTML's white space (space, tab, line feed, carriage return, form feed) in attribute values. */
final class Whitespace {

    private Whitespace() {
    }

    static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /**
     * Each run of white space as one space, none at the ends; other spaces (no-break, ideographic) are kept
     * inside and, like {@link String#strip()}, removed at the ends.
     */
    static String collapse(String value) {
        if (!needsCollapsing(value)) {
            return value.strip();
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isHtmlSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString().strip();
    }

    /** Whether a run of white space or a tab, line feed, carriage return or form feed is there to collapse. */
    private static boolean needsCollapsing(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' ? i + 1 < value.length() && isHtmlSpace(value.charAt(i + 1)) : isHtmlSpace(c)) {
                return true;
            }
        }
        return false;
    }
}
