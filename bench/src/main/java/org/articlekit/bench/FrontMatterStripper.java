package org.articlekit.bench;

/**
 * Cuts the front matter off an article, so that jsoup's floor parses the same body the parser reads. A small
 * stand-in of the bench's own: the parser's splitter is internal to its module, and the floor only needs the
 * body's bytes to be about the same.
 */
final class FrontMatterStripper {

    private FrontMatterStripper() {
    }

    /** The text after the front-matter block, or the whole text when there is none. */
    static String body(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        // blank lines before the fence are allowed, as in the parser
        int lineStart = start;
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            if (!text.substring(lineStart, end).isBlank()) {
                break;
            }
            lineStart = next(text, end);
        }
        if (lineStart >= text.length()) {
            return text.substring(start);
        }
        String first = text.substring(lineStart, lineEnd(text, lineStart)).strip();
        String[] closers;
        if (first.equals("---")) {
            closers = new String[] {"---", "..."};
        } else if (first.equals("+++")) {
            closers = new String[] {"+++"};
        } else if (first.equals("{")) {
            closers = new String[] {";;;", "}"};
        } else {
            return text.substring(start);
        }
        int line = next(text, lineEnd(text, lineStart));
        while (line < text.length()) {
            int end = lineEnd(text, line);
            String content = text.substring(line, end).strip();
            for (String closer : closers) {
                if (content.equals(closer)) {
                    return text.substring(next(text, end));
                }
            }
            line = next(text, end);
        }
        return text.substring(start);
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }
}
