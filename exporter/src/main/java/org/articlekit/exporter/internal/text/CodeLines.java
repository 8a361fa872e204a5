package org.articlekit.exporter.internal.text;

/** The lines of a code block: indented four spaces, never wrapped, control characters (terminal escapes) dropped. */
final class CodeLines {

    static final String INDENT = "    ";

    private CodeLines() {
    }

    /** The line {@code value[start, end)} ready to write: indented, without carriage returns or controls. */
    static String clean(String value, int start, int end) {
        StringBuilder line = new StringBuilder(INDENT.length() + end - start);
        line.append(INDENT);
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c == '\t' || !ParagraphText.isControl(c)) {
                line.append(c);
            }
        }
        return line.toString();
    }
}
