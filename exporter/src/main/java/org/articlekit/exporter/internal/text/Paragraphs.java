package org.articlekit.exporter.internal.text;

/** Writes a {@link ParagraphText} as wrapped lines: each hard break starts a new line. */
final class Paragraphs {

    private Paragraphs() {
    }

    /**
     * Writes {@code text} to {@code out}, wrapped to the columns {@code out} has left. Line breaks at either end are
     * dropped and a run of them leaves at most one empty line.
     */
    static void write(ParagraphText text, LineOutput out) {
        write(text, out, false);
    }

    /**
     * Writes {@code text} as {@link #write(ParagraphText, LineOutput)} does and measures it.
     *
     * @return the display width of the widest line written, 0 when nothing was written
     */
    static int writeMeasured(ParagraphText text, LineOutput out) {
        return write(text, out, true);
    }

    /** Measuring every line takes a second pass over the text: only underlined headings need it. */
    private static int write(ParagraphText text, LineOutput out, boolean measure) {
        CharSequence chars = text.chars();
        int n = chars.length();
        int start = 0;
        int emptyRun = 0;
        int[] widest = {0};
        boolean wroteAny = false;
        LineBreaker.Lines lines = measure
                ? (s, from, to) -> {
                    widest[0] = Math.max(widest[0], DisplayWidth.of(s, from, to));
                    out.line(s, from, to);
                }
                : out::line;
        while (start <= n) {
            int end = indexOfBreak(chars, start, n);
            if (isBlank(chars, start, end)) {
                emptyRun++;
            } else {
                if (wroteAny && emptyRun > 0) {
                    out.line("");        // two or more breaks in a row: one empty line, as a paragraph break
                }
                emptyRun = 0;
                wroteAny = true;
                LineBreaker.breakLines(text, start, end, out.firstWidth(), out.restWidth(), lines);
            }
            start = end + 1;
        }
        return widest[0];
    }

    private static int indexOfBreak(CharSequence chars, int from, int n) {
        for (int i = from; i < n; i++) {
            if (chars.charAt(i) == '\n') {
                return i;
            }
        }
        return n;
    }

    private static boolean isBlank(CharSequence chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (chars.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
