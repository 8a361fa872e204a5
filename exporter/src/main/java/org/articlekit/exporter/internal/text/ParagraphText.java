package org.articlekit.exporter.internal.text;

import java.util.BitSet;

/**
 * The flat text of a paragraph (or a heading, a table cell) before it is broken into lines: whitespace collapsed to
 * single spaces, control characters dropped, hard line breaks as {@code '\n'}, and a mark on every character that
 * must stay on the same line as the one before it (a reference marker after its link text, the inside of a URL).
 */
public final class ParagraphText {

    private final StringBuilder text;
    private final BitSet glued = new BitSet();
    private long visible;

    /** An empty text. */
    public ParagraphText() {
        this(16);
    }

    /** An empty text with room for {@code capacity} characters before it grows. */
    ParagraphText(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    /** Appends {@code value} as running text: whitespace runs become one space, control characters are dropped. */
    public ParagraphText append(CharSequence value) {
        for (int i = 0; i < value.length(); ) {
            if (isPlain(value.charAt(i))) {
                // most text is a run of visible characters that is copied as it is
                int end = i + 1;
                while (end < value.length() && isPlain(value.charAt(end))) {
                    end++;
                }
                text.append(value, i, end);
                visible += end - i;
                i = end;
                continue;
            }
            int cp = Character.codePointAt(value, i);
            i += Character.charCount(cp);
            if (isCollapsible(cp)) {
                space();
            } else if (!isControl(cp)) {
                text.appendCodePoint(cp);
                visible++;
            }
        }
        return this;
    }

    /** Appends what {@code other} holds on one line: line breaks become spaces, fastenings kept, end trimmed. */
    public ParagraphText appendOnOneLine(ParagraphText other) {
        int offset = text.length();
        append(other);
        for (int i = offset; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                text.setCharAt(i, ' ');
            }
        }
        while (text.length() > offset && text.charAt(text.length() - 1) == ' ') {
            truncate(text.length() - 1);
        }
        return this;
    }

    /** How many visible characters (neither spaces nor line breaks) have been appended so far. */
    public long visibleCount() {
        return visible;
    }

    /** Appends one space unless the text is empty, ends with a space or a line break. */
    public ParagraphText space() {
        int n = text.length();
        if (n > 0 && text.charAt(n - 1) != ' ' && text.charAt(n - 1) != '\n') {
            text.append(' ');
        }
        return this;
    }

    /**
     * Appends {@code marker} (a reference such as {@code [3]}) fastened to the character before it: no line may
     * break between them. A space before it moves after it ({@code "link [3]"} becomes {@code "link[3] "}).
     */
    public ParagraphText appendFastened(String marker) {
        boolean hadSpace = endsWithSpace();
        if (hadSpace) {
            truncate(text.length() - 1);
        }
        int start = text.length();
        text.append(marker);
        visible += marker.length();
        glued.set(start, text.length());
        if (hadSpace) {
            text.append(' ');
        }
        return this;
    }

    /**
     * Appends {@code token} (a URL) as one unbreakable piece: a line may break before it but never inside it,
     * whatever characters it holds. Whitespace and control characters inside it are dropped.
     */
    public ParagraphText appendUnbreakable(String token) {
        int start = text.length();
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            if (!isCollapsible(cp) && !isControl(cp)) {
                text.appendCodePoint(cp);
                visible++;
            }
        }
        if (text.length() > start + 1) {
            glued.set(start + 1, text.length());
        }
        return this;
    }

    /** Appends a hard line break; a space before it is dropped. */
    public ParagraphText lineBreak() {
        trimTrailingSpace();
        text.append('\n');
        return this;
    }

    /** Appends everything {@code other} holds, its fastenings kept. */
    public ParagraphText append(ParagraphText other) {
        int offset = text.length();
        text.append(other.text);
        visible += other.visible;
        other.glued.stream().forEach(i -> glued.set(offset + i));
        return this;
    }

    /** The number of characters so far. */
    public int length() {
        return text.length();
    }

    /** Whether the characters from {@code start} to the end, trimmed, are {@code expected}. */
    public boolean textFromEquals(int start, String expected) {
        int length = text.length() - start;
        if (length < expected.length() || length > expected.length() + 4) {
            return false;                  // cheap rejection: only spaces and breaks may surround it
        }
        return text.substring(start).strip().equals(expected);
    }

    /** Whether the text ends with {@code suffix}. */
    public boolean endsWith(String suffix) {
        int n = text.length();
        return n >= suffix.length() && text.indexOf(suffix, n - suffix.length()) == n - suffix.length();
    }

    /** The text, trimmed of spaces and line breaks at both ends. */
    public String text() {
        return text.toString().strip();
    }

    /** Whether there is no visible character. */
    public boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    /** The underlying characters; lines are separated by {@code '\n'}. */
    CharSequence chars() {
        return text;
    }

    /** Whether the character at {@code index} must stay on the line of the character before it. */
    boolean isGlued(int index) {
        return glued.get(index);
    }

    private boolean endsWithSpace() {
        return text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    }

    private void trimTrailingSpace() {
        if (endsWithSpace()) {
            truncate(text.length() - 1);
        }
    }

    private void truncate(int length) {
        glued.clear(length, Math.max(length, text.length()));
        text.setLength(length);
    }

    /**
     * Whether {@code c} is appended as it is, one visible character: neither whitespace nor a control character, nor
     * half of a surrogate pair (a pair counts as one character).
     */
    private static boolean isPlain(char c) {
        if (c < 0x80) {
            return c > ' ' && c < 0x7F;
        }
        return c > 0x9F && !Character.isWhitespace(c) && !Character.isSurrogate(c);
    }

    /** Whitespace a browser collapses; the ideographic space U+3000 is kept as a character of its own. */
    static boolean isCollapsible(int cp) {
        return cp != 0x3000 && (Character.isWhitespace(cp) || cp == 0x85);
    }

    /** Control characters (terminal escapes among them) that must never reach the output. */
    static boolean isControl(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F);
    }
}
