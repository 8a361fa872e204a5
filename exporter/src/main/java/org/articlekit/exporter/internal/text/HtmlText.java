package org.articlekit.exporter.internal.text;

import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The text of a fragment of raw HTML (an {@code html} node): tags and comments removed, {@code script} and
 * {@code style} content dropped, line-breaking tags turned into hard breaks, entities decoded.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** Appends the text of {@code html} to {@code out}. */
    static void appendTo(String html, ParagraphText out) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                int next = html.indexOf('<', i);
                text.append(html, i, next < 0 ? n : next);
                i = next < 0 ? n : next;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0 || !isTagStart(html, i + 1)) {
                text.append(c);        // a lone '<' is text
                i++;
                continue;
            }
            String name = tagName(html, i + 1);
            if (name.equals("script") || name.equals("style")) {
                int end = indexOfIgnoreCase(html, "</" + name, close);
                int endClose = end < 0 ? -1 : html.indexOf('>', end);
                i = endClose < 0 ? n : endClose + 1;
                continue;
            }
            flush(text, out);
            if (name.equals("br") || isBlock(name)) {
                out.lineBreak();
            }
            i = close + 1;
        }
        flush(text, out);
    }

    private static void flush(StringBuilder text, ParagraphText out) {
        if (text.length() > 0) {
            out.append(StringEscapeUtils.unescapeHtml4(text.toString()));
            text.setLength(0);
        }
    }

    private static int indexOfIgnoreCase(String html, String wanted, int from) {
        for (int j = from; j <= html.length() - wanted.length(); j++) {
            if (html.regionMatches(true, j, wanted, 0, wanted.length())) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isTagStart(String html, int i) {
        if (i >= html.length()) {
            return false;
        }
        char c = html.charAt(i);
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    private static String tagName(String html, int i) {
        int start = html.charAt(i) == '/' ? i + 1 : i;
        int end = start;
        while (end < html.length() && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isBlock(String name) {
        return switch (name) {
            case "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
                    "section", "article", "hr", "dt", "dd" -> true;
            default -> false;
        };
    }
}
