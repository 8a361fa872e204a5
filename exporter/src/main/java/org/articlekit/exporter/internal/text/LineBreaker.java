package org.articlekit.exporter.internal.text;

/**
 * Breaks one line of text (no hard breaks inside) into lines no wider than a given number of display columns.
 *
 * <p>Break opportunities follow UAX #14 in a reduced form: at spaces (not after opening punctuation nor before
 * closing punctuation), and between two characters when either is ideographic, unless kinsoku forbids it — no line
 * starts with a {@link BreakClass#CLOSE} character and none ends with an {@link BreakClass#OPEN} one. Latin words
 * and URLs are never broken. Lines are filled greedily, in one pass: the cost is linear in the text.
 *
 * <p>A unit wider than the line goes to {@link OversizedUnit}: a Latin word or URL stands on a line of its own, too
 * wide; anything else is split at the least bad places.
 */
final class LineBreaker {

    /** Receives each line as a range of the text. */
    interface Lines {
        void line(CharSequence text, int start, int end);
    }

    private final CharSequence text;
    private final ParagraphText paragraph;
    private final int firstWidth;
    private final int restWidth;
    private final Lines out;

    private boolean firstLine = true;
    private int lineStart = -1;
    private int lineEnd = -1;
    private int lineWidth;
    private int lastBase;                // the last character that is not a space or a combining mark

    private LineBreaker(ParagraphText paragraph, int firstWidth, int restWidth, Lines out) {
        this.paragraph = paragraph;
        this.text = paragraph.chars();
        this.firstWidth = Math.max(1, firstWidth);
        this.restWidth = Math.max(1, restWidth);
        this.out = out;
    }

    /**
     * Breaks {@code paragraph}'s characters {@code [start, end)} — a range without {@code '\n'} — into lines: the
     * first at most {@code firstWidth} columns wide, the others {@code restWidth}. Spaces at the breaks are dropped.
     */
    static void breakLines(ParagraphText paragraph, int start, int end, int firstWidth, int restWidth, Lines out) {
        new LineBreaker(paragraph, firstWidth, restWidth, out).run(start, end);
    }

    private int available() {
        return firstLine ? firstWidth : restWidth;
    }

    private void run(int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        int unitStart = i;
        int unitWidth = 0;
        boolean unitCjk = false;
        boolean spaceBefore = false;
        BreakClass previous = null;          // class of the last character that is not a space or a combining mark
        int spaceStart = -1;                 // start of the space run just read, or -1
        while (i < end) {
            char c = text.charAt(i);
            if (DisplayWidth.isUnifiedIdeograph(c) && previous != null && previous != BreakClass.GLUE
                    && previous != BreakClass.OPEN && spaceStart < 0 && !paragraph.isGlued(i)) {
                // the bulk of Chinese and Japanese text: an ideograph right after a character that allows a break
                // before one is a unit of its own, two columns wide — what the general path below decides, sooner
                place(unitStart, i, unitWidth, unitCjk, spaceBefore);
                unitStart = i;
                unitWidth = 2;
                unitCjk = true;
                spaceBefore = false;
                previous = BreakClass.IDEOGRAPHIC;
                lastBase = c;
                i++;
                continue;
            }
            if (previous == BreakClass.ALPHA && spaceStart < 0 && isAsciiAlpha(c)) {
                // a Latin word goes on: no break opportunity inside it, one column a character
                int run = i + 1;
                while (run < end && isAsciiAlpha(text.charAt(run))) {
                    run++;
                }
                unitWidth += run - i;
                lastBase = text.charAt(run - 1);
                i = run;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            BreakClass cls = BreakClass.of(cp);
            if (cls == BreakClass.SPACE) {
                if (spaceStart < 0) {
                    spaceStart = i;
                }
                i += Character.charCount(cp);
                continue;
            }
            if (previous != null) {
                boolean glued = paragraph.isGlued(i);
                boolean breakHere = spaceStart >= 0
                        ? !glued && breaksAtSpace(previous, cls)
                        : !glued && breaksBetween(previous, lastBase, cls, cp);
                if (breakHere) {
                    place(unitStart, spaceStart >= 0 ? spaceStart : i, unitWidth, unitCjk, spaceBefore);
                    unitStart = i;
                    unitWidth = 0;
                    unitCjk = false;
                    spaceBefore = spaceStart >= 0;
                } else if (spaceStart >= 0) {
                    unitWidth += i - spaceStart;   // spaces that are kept inside the unit, one column each
                }
            }
            spaceStart = -1;
            unitWidth += DisplayWidth.of(cp);
            unitCjk |= BreakClass.isCjk(cp);
            if (cls != BreakClass.COMBINING || previous == null) {
                previous = cls;
                lastBase = cp;
            }
            i += Character.charCount(cp);
        }
        if (unitStart < end && previous != null) {
            place(unitStart, spaceStart >= 0 ? spaceStart : end, unitWidth, unitCjk, spaceBefore);
        }
        flush();
    }

    /** An ASCII character of class {@link BreakClass#ALPHA}: letters, digits and most symbols. */
    private static boolean isAsciiAlpha(char c) {
        return c < 0x80 && BreakClass.of(c) == BreakClass.ALPHA;
    }

    /** A break at a run of spaces between {@code before} and {@code after}. */
    private static boolean breaksAtSpace(BreakClass before, BreakClass after) {
        return before != BreakClass.OPEN && after != BreakClass.CLOSE && after != BreakClass.COMBINING;
    }

    /** A break between two adjacent characters. */
    private static boolean breaksBetween(BreakClass before, int beforeCp, BreakClass after, int afterCp) {
        if (after == BreakClass.COMBINING || after == BreakClass.GLUE || after == BreakClass.CLOSE
                || after == BreakClass.ZERO_WIDTH_SPACE) {
            return false;
        }
        if (before == BreakClass.GLUE || before == BreakClass.OPEN) {
            return false;
        }
        if (before == BreakClass.ZERO_WIDTH_SPACE || before == BreakClass.IDEOGRAPHIC
                || after == BreakClass.IDEOGRAPHIC) {
            return true;
        }
        // wide closing punctuation may be followed by a break ("。A"), wide opening punctuation preceded by one
        return (before == BreakClass.CLOSE && DisplayWidth.isWide(beforeCp))
                || (after == BreakClass.OPEN && DisplayWidth.isWide(afterCp));
    }

    /** Puts one unbreakable unit on the current line, or on a new one when it does not fit. */
    private void place(int start, int end, int width, boolean cjk, boolean spaceBefore) {
        if (lineStart >= 0) {
            int needed = width + (spaceBefore ? 1 : 0);
            if (lineWidth + needed <= available()) {
                lineEnd = end;
                lineWidth += needed;
                return;
            }
            flush();
        }
        if (width > available()) {
            placeOversized(start, end, cjk);
        } else {
            lineStart = start;
            lineEnd = end;
            lineWidth = width;
        }
    }

    /** A unit wider than a line: {@link OversizedUnit} splits what it may; its last piece starts the next line. */
    private void placeOversized(int start, int end, boolean cjk) {
        OversizedUnit.Rest rest = OversizedUnit.split(paragraph, start, end, cjk, new OversizedUnit.Lines() {
            @Override
            public int available() {
                return LineBreaker.this.available();
            }

            @Override
            public void line(int from, int to) {
                emit(from, to);
            }
        });
        lineStart = rest.start();
        lineEnd = end;
        lineWidth = rest.width();
    }

    private void emit(int start, int end) {
        out.line(text, start, end);
        firstLine = false;
    }

    private void flush() {
        if (lineStart >= 0) {
            emit(lineStart, lineEnd);
            lineStart = -1;
            lineEnd = -1;
            lineWidth = 0;
        }
    }
}
