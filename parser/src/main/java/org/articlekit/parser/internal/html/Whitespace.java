package org.articlekit.parser.internal.html;

/** HTML's white space: space, tab, line feed, carriage return, form feed (no-break and other spaces are text). */
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
        if (isCollapsed(value)) {
            return value;   // most alternative texts and titles: nothing to do, and nothing to allocate
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

    /** Whether {@link #collapse} would return {@code value} as it is: single spaces inside, none at the ends. */
    private static boolean isCollapsed(String value) {
        int last = value.length() - 1;
        if (last < 0) {
            return true;
        }
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(last))) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = value.charAt(i);
            if (c != ' ' ? isHtmlSpace(c) : value.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
