package org.articlekit.parser.internal.frontmatter;

/** Tabs in the indentation of a YAML block, which YAML forbids and some editors write anyway. */
final class Tabs {

    private static final int TAB_STOP = 8;

    private Tabs() {
    }

    /** The text with every tab in a line's leading whitespace replaced by spaces up to the next tab stop. */
    static String expandIndentation(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean leading = true;
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                leading = true;
                column = 0;
                out.append(c);
            } else if (leading && c == '\t') {
                int spaces = TAB_STOP - column % TAB_STOP;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                leading &= c == ' ';
                column++;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The position of the first tab in a line's leading whitespace. */
    static Position firstIndentationTab(String text, int firstLine) {
        int line = 0;
        int column = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 0;
                leading = true;
                continue;
            }
            if (leading && c == '\t') {
                return new Position(firstLine + line, column + 1);
            }
            leading &= c == ' ';
            column++;
        }
        return new Position(firstLine, 1);
    }
}
