package org.articlekit.exporter.markdown.internal;

import java.util.List;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Delete;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Text;

/**
 * Writes inline content as Markdown. Emphasis gets the delimiter that CommonMark will read back as emphasis in
 * its place — the configured one, else the other one, else an HTML tag — so {@code **《书名》**一本}, which no
 * reader takes as strong, comes out as {@code <strong>《书名》</strong>一本}.
 */
final class InlineWriter {

    private final MarkdownSettings settings;
    private final LinkReferences references;
    private final DepthGuard guard;
    private final InlineNormalizer normalizer;

    InlineWriter(MarkdownSettings settings, LinkReferences references, DepthGuard guard) {
        this.settings = settings;
        this.references = references;
        this.guard = guard;
        this.normalizer = new InlineNormalizer(guard);
    }

    /**
     * The Markdown of {@code inlines} standing alone in a block (a paragraph, a heading, a cell), with the leading
     * and trailing spaces and breaks that a reader would not see taken off.
     */
    InlineBuffer write(List<Inline> inlines, InlineContext context) {
        InlineBuffer out = new InlineBuffer(Chars.EDGE, 0);
        writeAll(out, normalizer.normalize(inlines), context, Chars.EDGE);
        return trim(out, context);
    }

    private static InlineBuffer trim(InlineBuffer buffer, InlineContext context) {
        int from = leadingBlank(buffer.text, 0, buffer.text.length(), context, false);
        int to = buffer.text.length() - trailingBlank(buffer.text, from, buffer.text.length(), context, false);
        if (from == 0 && to == buffer.text.length()) {
            return buffer;
        }
        InlineBuffer trimmed = new InlineBuffer(Chars.EDGE, 0);
        trimmed.append(buffer, from, to);
        return trimmed;
    }

    private void writeAll(InlineBuffer out, List<Inline> inlines, InlineContext context, int follow) {
        guard.enter();
        try {
            for (int i = 0; i < inlines.size(); i++) {
                int next = i + 1 < inlines.size() ? firstCodePoint(inlines.get(i + 1), context) : follow;
                write(out, inlines.get(i), context, next);
            }
        } finally {
            guard.exit();
        }
    }

    /** What an inline's Markdown will start with, as far as escaping and flanking need to know. */
    private static int firstCodePoint(Inline inline, InlineContext context) {
        if (inline instanceof Text text) {
            String value = TextWriter.foldLineBreaks(text.value());
            return value.isEmpty() ? Chars.SOME_PUNCTUATION : value.codePointAt(0);
        } else if (inline instanceof Html html) {
            return html.value().codePointAt(0);
        } else if (inline instanceof Link) {
            return '[';
        } else if (inline instanceof Image) {
            return '!';
        } else if (inline instanceof InlineCode) {
            return '`';
        } else if (inline instanceof Break) {
            return context.breaksAsHtml() ? '<' : '\\';
        } else if (inline instanceof Delete) {
            // "~~" or "<del>": assume the tilde, which cmark-gfm does not count as punctuation next to "*"
            return '~';
        }
        return Chars.SOME_PUNCTUATION;
    }

    private void write(InlineBuffer out, Inline inline, InlineContext context, int follow) {
        if (inline instanceof Text text) {
            TextWriter.write(out, text.value(), follow, context);
        } else if (inline instanceof Emphasis emphasis) {
            writeMark(out, emphasis.children(), context, follow, settings.emDelimiter(), 1, "em");
        } else if (inline instanceof Strong strong) {
            writeMark(out, strong.children(), context, follow, settings.strongDelimiter(), 2, "strong");
        } else if (inline instanceof Delete delete) {
            writeMark(out, delete.children(), context, follow, '~', 2, "del");
        } else if (inline instanceof InlineCode code) {
            writeCode(out, code.value(), context);
        } else if (inline instanceof Link link) {
            writeLink(out, link, context);
        } else if (inline instanceof Image image) {
            writeImage(out, image, context);
        } else if (inline instanceof Break) {
            writeBreak(out, context);
        } else if (inline instanceof Html html) {
            String value = html.value();
            if (context.inTable() || context.breaksAsHtml()) {
                value = value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
            }
            out.text.append(context.inTable() ? value.replace("|", "\\|") : value);
        }
    }

    private void writeBreak(InlineBuffer out, InlineContext context) {
        if (context.breaksAsHtml()) {
            out.text.append("<br>");
            return;
        }
        int end = out.text.length();
        while (end > 0 && (out.text.charAt(end - 1) == ' ' || out.text.charAt(end - 1) == '\t')) {
            end--;
        }
        out.truncate(end);
        out.text.append("\\\n");
        out.lineStart = out.text.length();
    }

    /**
     * Writes emphasis, strong emphasis or strikethrough: the content first, then delimiters around it that
     * CommonMark reads as this mark in this place. Spaces and breaks at the content's edges move outside,
     * since {@code * a *} is no emphasis.
     */
    private void writeMark(InlineBuffer out, List<Inline> children, InlineContext context, int follow,
            char preferred, int runLength, String tag) {
        InlineBuffer inner = new InlineBuffer(Chars.SOME_PUNCTUATION, -1);
        writeAll(inner, children, context, Chars.SOME_PUNCTUATION);
        StringBuilder s = inner.text;
        int length = s.length();
        int from = leadingBlank(s, 0, length, context, true);
        if (from == length) {
            out.append(inner, 0, length);
            markLineStart(out);
            return;
        }
        int to = length - trailingBlank(s, from, length, context, true);
        int before = from > 0 ? Character.codePointBefore(s, from) : out.last();
        int after = to < length ? Character.codePointAt(s, to) : follow;
        int first = Character.codePointAt(s, from);
        int last = Character.codePointBefore(s, to);
        String delimiter = null;
        char[] candidates = tag.equals("del") ? new char[] {'~'} : new char[] {preferred, preferred == '*' ? '_' : '*'};
        for (char d : candidates) {
            if (before != d && first != d && last != d && after != d
                    && Flanking.canOpen(d, before, first) && Flanking.canClose(d, last, after)) {
                delimiter = String.valueOf(d).repeat(runLength);
                break;
            }
        }
        String open = delimiter != null ? delimiter : "<" + tag + ">";
        String close = delimiter != null ? delimiter : "</" + tag + ">";
        out.append(inner, 0, from);
        out.text.append(open);
        out.append(inner, from, to);
        out.text.append(close);
        out.append(inner, to, length);
        markLineStart(out);
    }

    /** After a hard break moved out of a mark, the next text starts a line. */
    private static void markLineStart(InlineBuffer out) {
        if (out.text.length() > 0 && out.text.charAt(out.text.length() - 1) == '\n') {
            out.lineStart = out.text.length();
        }
    }

    /**
     * Where the spaces and breaks at the start of {@code s[from, to)} end: Unicode whitespace (which decides
     * flanking) when {@code unicode}, else only what CommonMark strips at a block's edge.
     */
    private static int leadingBlank(CharSequence s, int from, int to, InlineContext context, boolean unicode) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (unicode ? Chars.isWhitespace(c) : c == ' ' || c == '\t') {
                i++;
            } else if (!context.breaksAsHtml() && c == '\\' && i + 1 < to && s.charAt(i + 1) == '\n') {
                i += 2;
            } else if (context.breaksAsHtml() && startsWith(s, i, to, "<br>")) {
                i += 4;
            } else {
                break;
            }
        }
        return i;
    }

    /** The length of the spaces and breaks at the end of {@code s[from, to)}, as {@link #leadingBlank}. */
    private static int trailingBlank(CharSequence s, int from, int to, InlineContext context, boolean unicode) {
        int i = to;
        while (i > from) {
            char c = s.charAt(i - 1);
            if (c != '\n' && (unicode ? Chars.isWhitespace(c) : c == ' ' || c == '\t')) {
                i--;
            } else if (!context.breaksAsHtml() && c == '\n' && i - 2 >= from && s.charAt(i - 2) == '\\') {
                i -= 2;
            } else if (context.breaksAsHtml() && i - 4 >= from && startsWith(s, i - 4, to, "<br>")) {
                i -= 4;
            } else {
                break;
            }
        }
        return to - i;
    }

    private static boolean startsWith(CharSequence s, int at, int to, String prefix) {
        if (at + prefix.length() > to) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static void writeCode(InlineBuffer out, String code, InlineContext context) {
        String value = code.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        int longest = 0;
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            run = value.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean allSpaces = value.chars().allMatch(c -> c == ' ');
        boolean pad = value.startsWith("`") || value.endsWith("`")
                || !allSpaces && value.startsWith(" ") && value.endsWith(" ");
        String body = context.inTable() ? value.replace("|", "\\|") : value;
        out.text.append(fence);
        if (pad) {
            out.text.append(' ');
        }
        out.text.append(body);
        if (pad) {
            out.text.append(' ');
        }
        out.text.append(fence);
    }

    private void writeLink(InlineBuffer out, Link link, InlineContext context) {
        InlineBuffer label = new InlineBuffer('[', -1);
        writeAll(label, link.children(), context.insideLink(), ']');
        out.text.append('[').append(label.text).append(']');
        if (settings.linkStyle() == MarkdownSettings.LinkStyle.REFERENCED) {
            out.text.append('[').append(references.number(link.url(), link.title())).append(']');
        } else {
            out.text.append('(').append(target(link.url(), link.title(), context)).append(')');
        }
    }

    private void writeImage(InlineBuffer out, Image image, InlineContext context) {
        InlineBuffer alt = new InlineBuffer('[', -1);
        TextWriter.write(alt, image.alt(), ']', context.insideLink());
        out.text.append("![").append(alt.text).append("](").append(target(image.url(), image.title(), context))
                .append(')');
    }

    private static String target(String url, String title, InlineContext context) {
        String target = Destinations.destination(url) + Destinations.title(title);
        return context.inTable() ? target.replace("|", "\\|") : target;
    }
}
