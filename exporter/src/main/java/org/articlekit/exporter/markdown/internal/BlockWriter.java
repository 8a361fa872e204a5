package org.articlekit.exporter.markdown.internal;

import java.util.List;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.BlockVisitor;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.Text;
import org.articlekit.core.document.ThematicBreak;

/** Writes blocks as Markdown lines, containers through the prefixes of a {@link LineOutput}. */
final class BlockWriter implements BlockVisitor<Void> {

    /** The largest start number an ordered list marker may carry in CommonMark (nine digits). */
    private static final int MAX_LIST_NUMBER = 999_999_999;

    private final MarkdownSettings settings;
    private final LineOutput out;
    private final DepthGuard guard;
    private final InlineWriter inlines;
    private final TableWriter tables;
    private final boolean referenced;
    /** Whether the document starts here, where {@code ---} would read as front matter. */
    private boolean atDocumentStart;

    BlockWriter(MarkdownSettings settings, LineOutput out, LinkReferences references, DepthGuard guard,
            boolean atDocumentStart) {
        this.settings = settings;
        this.out = out;
        this.guard = guard;
        this.referenced = settings.linkStyle() == MarkdownSettings.LinkStyle.REFERENCED;
        this.inlines = new InlineWriter(settings, references, guard);
        this.tables = new TableWriter(inlines, new HtmlWriter(guard), referenced);
        this.atDocumentStart = atDocumentStart;
    }

    /** Writes {@code blocks} one after another, a blank line between two. */
    void writeBlocks(List<Block> blocks) {
        writeBlocks(blocks, false);
    }

    /**
     * Writes {@code blocks} one after another. A block that writes nothing (an empty paragraph or list) counts as
     * absent. Between two, a blank line — except, when {@code tight}, where the second cannot be read as part of
     * the first (a list after a paragraph).
     */
    private void writeBlocks(List<Block> blocks, boolean tight) {
        guard.enter();
        try {
            Block previous = null;
            char previousMarker = 0;
            for (Block block : blocks) {
                if (previous != null && (!tight || !canFollowTightly(previous, block))) {
                    out.blankLine();
                }
                int before = out.lineCount();
                char marker = 0;
                if (block instanceof ListBlock list) {
                    // two lists in a row would merge into one: each takes another marker than the one before
                    marker = writeList(list, previous instanceof ListBlock ? previousMarker : 0);
                } else {
                    block.accept(this);
                }
                if (out.lineCount() != before) {
                    previous = block;
                    previousMarker = marker;
                    atDocumentStart = false;
                }
            }
        } finally {
            guard.exit();
        }
    }

    @Override
    public Void visitParagraph(Paragraph paragraph) {
        InlineBuffer content = inlines.write(paragraph.children(),
                InlineContext.paragraph(settings.width() > 0, referenced));
        if (content.text.length() == 0) {
            return null;
        }
        out.lines(settings.width() > 0
                ? LineWrapper.wrap(content, Math.max(1, settings.width() - out.prefixWidth()))
                : content.text);
        return null;
    }

    @Override
    public Void visitHeading(Heading heading) {
        if (settings.headingStyle() == MarkdownSettings.HeadingStyle.SETEXT && heading.depth() <= 2) {
            InlineBuffer content = inlines.write(heading.children(), InlineContext.paragraph(false, referenced));
            // a first line that is raw HTML could open an HTML block: such a heading is written ATX
            if (content.text.length() > 0 && content.text.charAt(0) != '<') {
                out.lines(content.text);
                String text = content.text.toString();
                String lastLine = text.substring(text.lastIndexOf('\n') + 1);
                int width = Math.max(3, Chars.displayWidth(lastLine, 0, lastLine.length()));
                out.line((heading.depth() == 1 ? "=" : "-").repeat(width));
                return null;
            }
        }
        InlineBuffer content = inlines.write(heading.children(), InlineContext.atxHeading(referenced));
        String text = content.text.toString().replace('\n', ' ');
        out.line("#".repeat(heading.depth()) + (text.isEmpty() ? "" : " " + protectClosingHashes(text)));
        return null;
    }

    /** {@code ## C #} would lose its last {@code #} as a closing sequence: it is escaped. */
    private static String protectClosingHashes(String text) {
        int end = text.length();
        int i = end;
        while (i > 0 && text.charAt(i - 1) == '#') {
            i--;
        }
        if (i == end || i > 0 && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '\t') {
            return text;
        }
        return text.substring(0, end - 1) + "\\#";
    }

    @Override
    public Void visitBlockquote(Blockquote blockquote) {
        out.push("> ", "> ");
        writeBlocks(blockquote.children());
        out.pop();
        return null;
    }

    @Override
    public Void visitList(ListBlock list) {
        writeList(list, (char) 0);
        return null;
    }

    /**
     * Writes a list with a marker other than {@code avoid} (the marker of a list just before it) and, for a bullet
     * list first in an item, other than that item's marker ("- - -" would be a thematic break).
     *
     * @return the bullet character or ordered-list delimiter used
     */
    private char writeList(ListBlock list, char avoid) {
        guard.enter();
        try {
            char pending = out.pendingMarker();
            char bullet = settings.bullet();
            for (char candidate : new char[] {settings.bullet(), settings.bullet() == '-' ? '*' : '-', '+'}) {
                if (candidate != avoid && candidate != pending) {
                    bullet = candidate;
                    break;
                }
            }
            char delimiter = avoid == '.' ? ')' : '.';
            long number = Math.min(list.start(), MAX_LIST_NUMBER);
            boolean firstItem = true;
            for (ListItem item : list.children()) {
                if (!firstItem && list.spread()) {
                    out.blankLine();
                }
                String marker = list.ordered() ? number + String.valueOf(delimiter) + " " : bullet + " ";
                number = Math.min(number + 1, MAX_LIST_NUMBER);
                writeItem(item, marker, list.spread());
                firstItem = false;
            }
            return list.ordered() ? delimiter : bullet;
        } finally {
            guard.exit();
        }
    }

    private void writeItem(ListItem item, String marker, boolean spread) {
        String indent = " ".repeat(marker.length());
        List<Block> blocks = item.children();
        boolean task = item.checked() != null && !blocks.isEmpty() && blocks.get(0) instanceof Paragraph;
        out.push(task ? marker + (item.checked() ? "[x] " : "[ ] ") : marker, indent);
        writeBlocks(blocks, !spread);
        out.pop();
    }

    /** Whether {@code next} may start on the line after {@code previous} without being read as part of it. */
    private static boolean canFollowTightly(Block previous, Block next) {
        return previous instanceof Paragraph && next instanceof ListBlock list && !list.children().isEmpty()
                && (!list.ordered() || list.start() == 1) && !list.children().get(0).children().isEmpty();
    }

    @Override
    public Void visitCode(Code code) {
        String value = code.value().replace("\r\n", "\n").replace('\r', '\n');
        String info = code.lang() == null ? "" : code.lang();
        if (code.meta() != null) {
            info = info + " " + code.meta();
        }
        info = info.replace('\n', ' ').strip();
        char fenceChar = settings.fence();
        if (fenceChar == '`' && info.indexOf('`') >= 0) {
            fenceChar = '~';
        }
        String fence = String.valueOf(fenceChar).repeat(Math.max(3, longestRun(value, fenceChar) + 1));
        out.line(fence + escapeInfo(info));
        if (!value.isEmpty()) {
            out.lines(value);
        }
        out.line(fence);
        return null;
    }

    private static int longestRun(String value, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            run = value.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Backslash escapes and entities are read in an info string: a literal one is escaped. */
    private static String escapeInfo(String info) {
        StringBuilder escaped = new StringBuilder(info.length());
        for (int i = 0; i < info.length(); i++) {
            char c = info.charAt(i);
            if (c == '&' && TextWriter.startsEntity(info, i)) {
                // cmark-gfm reads "\&amp;" in an info string as "&": the entity for & is read alike everywhere
                escaped.append("&amp;");
                continue;
            }
            if (c == '\\' && i + 1 < info.length() && Chars.isAsciiPunctuation(info.charAt(i + 1))) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    @Override
    public Void visitTable(Table table) {
        tables.write(table, out);
        return null;
    }

    @Override
    public Void visitThematicBreak(ThematicBreak thematicBreak) {
        // "- ---" would be one thematic break, and "---" first in a file reads as front matter
        out.line(out.markerPending() ? "___" : atDocumentStart ? "***" : "---");
        return null;
    }

    @Override
    public Void visitHtml(Html html) {
        String value = html.value().replace("\r\n", "\n").replace('\r', '\n');
        if (value.endsWith("\n")) {
            value = value.substring(0, value.length() - 1);
        }
        if (!value.isEmpty()) {
            out.lines(value);
        }
        return null;
    }

    @Override
    public Void visitEmbed(Embed embed) {
        if (settings.embedStyle() == MarkdownSettings.EmbedStyle.HTML) {
            out.lines(HtmlWriter.embed(embed));
            return null;
        }
        String kind = switch (embed.kind()) {
            case VIDEO -> "video";
            case AUDIO -> "audio";
            case IFRAME, OBJECT -> "embed";
        };
        String label = embed.title() == null || embed.title().isBlank() ? kind : kind + ": " + embed.title();
        List<Inline> link = List.of(new Link(embed.url(), null, List.of(new Text(label))));
        return visitParagraph(new Paragraph(link));
    }
}
