package org.articlekit.exporter.internal.text;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The emergency breaks of a unit — a run without a regular break opportunity — that is wider than the line. Only a
 * Latin word or a URL may stand on a line too wide for it; any other unit is split, at the least bad places.
 */
final class OversizedUnit {

    /** Break qualities 1 to 4 (see {@link #level}) and, best, a space. */
    private static final int LEVELS = 6;
    private static final int SPACE_LEVEL = 5;

    /** Where the pieces go, and how wide the current line may be. */
    interface Lines {
        int available();

        void line(int start, int end);
    }

    /** The last piece of the unit, left on the current line: where it starts and how wide it is. */
    record Rest(int start, int width) {
    }

    private OversizedUnit() {
    }

    /**
     * Splits a unit wider than the line, writing every piece but the last, which it returns. It is split at its
     * inner spaces first (unless next to CJK punctuation); a unit that holds CJK must fit the line, so it is then split, in order of preference: next to a CJK character without breaking
     * kinsoku, between a CJK character and an ASCII ], } or %, after Latin punctuation, anywhere else kinsoku
     * allows — never inside a URL and never against kinsoku (such a unit rather stays too wide). What is left of it
     * once its CJK is placed, a Latin word or URL, is split at spaces only.
     */
    static Rest split(ParagraphText paragraph, int start, int end, boolean cjk, Lines out) {
        CharSequence text = paragraph.chars();
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
        BitSet insideUrl = cjk ? urlInteriors(text, start, end) : new BitSet();
        int[] candidate = new int[LEVELS];        // per level, the latest break position on this line, or -1
        int[] candidateWidth = new int[LEVELS];   // the unit's width before that position
        Arrays.fill(candidate, -1);
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
            while (width - fromWidth + w > out.available() && i > from && w > 0) {
                int level = best(candidate, from);
                if (level < 0) {
                    break;                        // a Latin word or URL: it stays whole
                }
                out.line(from, candidate[level]);
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
        return new Rest(from, width - fromWidth);
    }

    /**
     * The positions inside URLs ({@code scheme://…}, {@code www.…}) written as plain text in {@code [start, end)}:
     * a URL is a run of printable ASCII, and no emergency break may fall inside one.
     */
    private static BitSet urlInteriors(CharSequence text, int start, int end) {
        BitSet inside = new BitSet();
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

}
