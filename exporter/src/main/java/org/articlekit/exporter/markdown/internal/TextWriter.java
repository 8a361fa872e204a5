package org.articlekit.exporter.markdown.internal;

import java.util.Arrays;

/**
 * Writes plain text as Markdown, escaping a character only where, in its place, it would start syntax: prose
 * keeps its dots, dashes and lone asterisks; {@code *emph*}, {@code [x](y)}, {@code <tag>}, {@code &amp;}, a
 * {@code #} or {@code 1.} at the start of a line do not. A {@code <} that could open a tag or an autolink is written
 * as the entity {@code &lt;}, so text that looks like markup never holds a literal {@code <script}.
 */
final class TextWriter {

    /**
     * ASCII characters that need no look at their neighbours once past a line's start. Not inert: every character
     * {@link #needsEscape} may escape there, {@code <}, the {@code .} and {@code )} an ordered-list marker's escape
     * lands on, and {@code |}, which a table cell escapes. The space is inert unless lines are wrapped.
     */
    private static final boolean[] INERT_ASCII = inertAscii();

    private static boolean[] inertAscii() {
        boolean[] inert = new boolean[128];
        Arrays.fill(inert, true);
        for (char c : "\\`*_~[]!^<&|.)".toCharArray()) {
            inert[c] = false;
        }
        return inert;
    }

    private TextWriter() {
    }

    /**
     * Appends {@code value} to {@code out}.
     *
     * @param follow the code point that will follow the text in the output ({@link Chars#EDGE} at a line end)
     */
    static void write(InlineBuffer out, String value, int follow, InlineContext context) {
        String text = foldLineBreaks(value);
        int length = text.length();
        int i = 0;
        // this method only appends: once the line holds more than spaces, it does so for the rest of the text
        boolean atLineStart = out.atLineStart();
        if (atLineStart) {
            // spaces at the start of a line mean nothing in a paragraph, and four would make code
            while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
        }
        int previous = out.last();
        int escapeAt = -1;
        boolean spaceInert = !context.wrap();
        while (i < length) {
            if (atLineStart) {
                atLineStart = out.atLineStart();
            }
            if (!atLineStart && isInert(text.charAt(i), spaceInert)) {
                // most text is prose that needs no escape: copy the whole run at once
                int end = i + 1;
                while (end < length && isInert(text.charAt(end), spaceInert)) {
                    end++;
                }
                out.text.append(text, i, end);
                previous = text.charAt(end - 1);
                i = end;
                continue;
            }
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            int next = i + width < length ? text.codePointAt(i + width) : follow;
            boolean lineStart = context.lineStartRules() && atLineStart;
            if (lineStart && cp >= '0' && cp <= '9') {
                escapeAt = orderedListDelimiter(text, i, follow);
            }
            int before = previous;
            int following = next;
            if (cp == '*' || cp == '_' || cp == '~') {
                // spaces at the edges of a mark's content move out past its delimiters: they do not count
                if (Chars.isWhitespace(previous) && blank(text, 0, i) && out.atMarkContentStart()) {
                    before = Chars.SOME_PUNCTUATION;
                }
                // so do spaces before a hard break, which the break drops
                if (Chars.isWhitespace(next) && (follow == Chars.SOME_PUNCTUATION || follow == '\\')
                        && blank(text, i + width, length)) {
                    following = Chars.SOME_PUNCTUATION;
                }
            }
            if (cp == '<' && opensMarkup(next)) {
                // an entity, not "\\<": no tag or autolink opens, and the output holds no "<script" for any reader
                out.text.append("&lt;");
                previous = cp;
                i += width;
                continue;
            }
            if (i == escapeAt || needsEscape(cp, before, following, text, i, lineStart, context)) {
                out.text.append('\\');
            } else if (cp == ' ' && context.wrap() && mayBreakAt(previous, next)) {
                out.markBreakable();
            }
            out.text.appendCodePoint(cp);
            previous = cp;
            i += width;
        }
    }

    /**
     * Text should hold no line breaks (whitespace is collapsed); one that does gets a space, or nothing between two
     * CJK characters, as CSS does with a segment break.
     */
    static String foldLineBreaks(String value) {
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\n' && c != '\r') {
                out.append(c);
                continue;
            }
            int end = i;
            while (end < value.length() && (value.charAt(end) == '\n' || value.charAt(end) == '\r')) {
                end++;
            }
            int before = Chars.before(value, i);
            int after = Chars.at(value, end);
            if (!(Chars.isCjk(before) && Chars.isCjk(after))) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out.toString();
    }

    /**
     * Whether {@code c}, away from the start of a line, is written as it is whatever surrounds it: no escape, no
     * entity, no break opportunity, no effect on an ordered-list marker's escape. Surrogates take the careful path,
     * which reads them as code points.
     *
     * @param spaceInert whether a space is inert: it is unless lines are wrapped, where it is a break opportunity
     */
    private static boolean isInert(char c, boolean spaceInert) {
        if (c < INERT_ASCII.length) {
            return INERT_ASCII[c] && (c != ' ' || spaceInert);
        }
        return !Character.isSurrogate(c);
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayBreakAt(int previous, int next) {
        return previous != ' ' && previous != '\\' && previous != Chars.EDGE && next != ' '
                && !(Chars.isCjk(previous) && Chars.isCjk(next));
    }

    private static boolean needsEscape(int cp, int previous, int next, String text, int index, boolean lineStart,
            InlineContext context) {
        return switch (cp) {
            case '\\' -> next == Chars.SOME_PUNCTUATION || !Character.isLetterOrDigit(next);
            case '`' -> true;
            case '*' -> lineStart || !(Chars.isWhitespace(previous) && Chars.isWhitespace(next));
            case '~' -> !(Chars.isWhitespace(previous) && Chars.isWhitespace(next));
            case '_' -> lineStart || !Flanking.isInert('_', previous, next);
            case '[' -> lineStart || context.escapeAllBrackets();
            case ']' -> context.escapeAllBrackets() || next == '(' || next == '[' || next == ':';
            case '!' -> next == '[';
            case '^' -> previous == '[';  // "[^x]" is a footnote reference to cmark-gfm, even in an image's alt
            case '<' -> opensMarkup(next);
            case '&' -> startsEntity(text, index);
            case '|' -> lineStart || context.inTable();
            case '>' -> lineStart;
            // a heading, list item, thematic break or setext underline needs a space, the end, or more of the same
            case '#', '-', '=' -> lineStart && (maybeSpace(next) || next == cp);
            case '+' -> lineStart && maybeSpace(next);
            case ':' -> lineStart && (next == '-' || next == ':' || next == '|');
            default -> false;
        };
    }

    /** Whether a {@code <} before {@code next} could open an HTML tag, comment, declaration or autolink. */
    static boolean opensMarkup(int next) {
        return next < 128 && Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }

    /** Whether {@code next} is a space or may turn into one: a mark's edge spaces move out past its delimiter. */
    private static boolean maybeSpace(int next) {
        return Chars.isWhitespace(next) || next == Chars.SOME_PUNCTUATION || next == '~';
    }

    /** The index of the {@code .} or {@code )} of an ordered list marker starting at {@code from}, else -1. */
    private static int orderedListDelimiter(String text, int from, int follow) {
        int i = from;
        while (i < text.length() && i - from < 10 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i - from > 9 || i >= text.length() || text.charAt(i) != '.' && text.charAt(i) != ')') {
            return -1;
        }
        int after = i + 1 < text.length() ? text.charAt(i + 1) : follow;
        return maybeSpace(after) ? i : -1;
    }

    /** Whether an entity or numeric character reference starts at {@code index} ({@code &amp;}, {@code &#123;}). */
    static boolean startsEntity(CharSequence text, int index) {
        int i = index + 1;
        int n = text.length();
        if (i < n && text.charAt(i) == '#') {
            i++;
            boolean hex = i < n && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int start = i;
            while (i < n && i - start < 8 && (hex ? Character.digit(text.charAt(i), 16) >= 0
                    : text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
                i++;
            }
            return i > start && i < n && text.charAt(i) == ';';
        }
        int start = i;
        while (i < n && i - start < 40 && isAsciiLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i > start && !Character.isDigit(text.charAt(start)) && i < n && text.charAt(i) == ';';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
