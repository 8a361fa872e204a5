package org.articlekit.exporter.internal.text;

/**
 * Breaks one line of text (no hard breaks inside) into lines no wider than a given number of display columns.
 *
 * <p>Break opportunities follow UAX #14 in a reduced form: at spaces (not after opening punctuation nor before
 * closing punctuation), and between two characters when either is ideographic, unless kinsoku forbids it — no line
 * starts with a {@link BreakClass#CLOSE} character and none ends with an {@link BreakClass#OPEN} one. Latin words
 * and URLs are never broken. Lines are filled greedily, in one pass: the cost is linear in the text.
 *
 * <p>A piece wider than the line (a long word, a long run of closing punctuation) stands on a line of its own; when
 * it holds spaces or CJK characters it is broken there after all, since a line of one Latin word or URL is the only
 * line allowed to be too wide.
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

    /**
     * A unit wider than a line. Split at its inner spaces first (unless next to CJK punctuation); a unit that holds
     * CJK must fit the line, so it is then split, in order of preference: next to a CJK character without breaking
     * kinsoku, between a CJK character and an ASCII ], } or %, after Latin punctuation, anywhere else kinsoku
     * allows — never inside a URL and never against kinsoku (such a unit rather stays too wide). What is left of it
     * once its CJK is placed, a Latin word or URL, is split at spaces only.
     */
    private void placeOversized(int start, int end, boolean cjk) {
        int lastCjk = -1;
        if (cjk) {
            for (int i = start; i < end; ) {
                int cp = Character.codePointAt(text, i);
                if (BreakClass.isCjk(cp)) {
                    lastCjk = i;
                }
                i += Character.charCount(cp);
            }
        }
        java.util.BitSet insideUrl = cjk ? urlInteriors(start, end) : new java.util.BitSet();
        int[] candidate = new int[LEVELS];        // per level, the latest break position on this line, or -1
        int[] candidateWidth = new int[LEVELS];   // the unit's width before that position
        java.util.Arrays.fill(candidate, -1);
        int from = start;
        int fromWidth = 0;
        int width = 0;                            // the unit's width before i
        int previous = -1;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            int w = DisplayWidth.of(cp);
            if (i > from && previous != ' ' && w > 0) {
                int level = cp == ' ' ? spaceLevel(previous, i + 1 < end ? Character.codePointAt(text, i + 1) : ' ')
                        : from <= lastCjk && !paragraph.isGlued(i) && !insideUrl.get(i) ? level(previous, cp) : -1;
                if (level >= 0) {
                    candidate[level] = i;
                    candidateWidth[level] = width;
                }
            }
            while (width - fromWidth + w > available() && i > from && w > 0) {
                int level = best(candidate, from);
                if (level < 0) {
                    break;                        // a Latin word or URL: it stays whole
                }
                emit(from, candidate[level]);
                from = candidate[level];
                fromWidth = candidateWidth[level];
                if (level == SPACE_LEVEL) {
                    from++;
                    fromWidth++;
                }
                for (int l = 0; l < LEVELS; l++) {
                    boolean latinLeft = from > lastCjk && l != SPACE_LEVEL;    // only a Latin word or URL is left
                    if (candidate[l] < from || (candidate[l] == from && l != SPACE_LEVEL) || latinLeft) {
                        candidate[l] = -1;
                    }
                }
            }
            width += w;
            previous = cp;
            i += Character.charCount(cp);
        }
        lineStart = from;
        lineEnd = end;
        lineWidth = width - fromWidth;
    }

    private static final int LEVELS = 6;
    private static final int SPACE_LEVEL = 5;

    /**
     * The positions inside URLs ({@code scheme://…}, {@code www.…}) written as plain text in {@code [start, end)}:
     * a URL is a run of printable ASCII, and no emergency break may fall inside one.
     */
    private java.util.BitSet urlInteriors(int start, int end) {
        java.util.BitSet inside = new java.util.BitSet();
        int i = start;
        while (i < end) {
            while (i < end && !isUrlChar(text.charAt(i))) {
                i++;
            }
            int runStart = i;
            while (i < end && isUrlChar(text.charAt(i))) {
                i++;
            }
            String run = text.subSequence(runStart, i).toString();
            int scheme = run.indexOf("://");
            int www = run.indexOf("www.");
            int urlStart = scheme > 0 ? schemeStart(run, scheme) : www;
            if (urlStart >= 0 && runStart + urlStart + 1 < i) {
                inside.set(runStart + urlStart + 1, i);
            }
        }
        return inside;
    }

    private static int schemeStart(String run, int colon) {
        int s = colon;
        while (s > 0 && Character.isLetter(run.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private static boolean isUrlChar(char c) {
        return c > ' ' && c < 0x7F;
    }

    /** How good an emergency break between {@code before} and {@code after} is: 1 (poor) to 4, or -1 for none. */
    private static int level(int before, int after) {
        BreakClass b = BreakClass.of(before);
        BreakClass a = BreakClass.of(after);
        boolean kinsokuOk = a != BreakClass.CLOSE && b != BreakClass.OPEN && a != BreakClass.GLUE
                && b != BreakClass.GLUE && a != BreakClass.COMBINING;
        boolean nextToCjk = BreakClass.isCjk(before) || BreakClass.isCjk(after);
        if (nextToCjk && kinsokuOk) {
            return 4;
        }
        if (nextToCjk && (after == ']' || after == '}' || after == '%') && b != BreakClass.OPEN) {
            return 3;
        }
        if (kinsokuOk && !Character.isLetterOrDigit(before) && (Character.isLetterOrDigit(after) || a == BreakClass.OPEN)) {
            return 2;
        }
        return kinsokuOk ? 1 : -1;       // never against kinsoku: such a unit rather stays too wide
    }

    /**
     * An inner space of a unit sits after opening or before closing punctuation; breaking there is tolerable for
     * ASCII punctuation, where the source has a space anyway, but not for CJK punctuation.
     */
    private static int spaceLevel(int before, int after) {
        boolean wideOpen = BreakClass.of(before) == BreakClass.OPEN && DisplayWidth.isWide(before);
        boolean wideClose = BreakClass.of(after) == BreakClass.CLOSE && DisplayWidth.isWide(after);
        return wideOpen || wideClose ? -1 : SPACE_LEVEL;
    }

    private static int best(int[] candidate, int from) {
        for (int level = LEVELS - 1; level >= 0; level--) {
            if (candidate[level] > from) {
                return level;
            }
        }
        return -1;
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
