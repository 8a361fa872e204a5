package org.articlekit.parser.internal.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.Node;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Text;

/**
 * The blocks of one container (the document, a quote, a list item, a table cell …) and the paragraph being built
 * in it. A paragraph-like element sets what the next paragraph becomes (a heading, a term); any block that starts
 * ends the paragraph in progress, so text lying between blocks becomes a paragraph of its own.
 */
final class Flow {

    /** What the inline content in progress becomes. */
    enum Kind { PARAGRAPH, HEADING, TERM }

    private final List<Block> blocks = new ArrayList<>();
    /**
     * Paragraph builders that finished flows have handed on, shared by every flow made from one document's flow:
     * a table has a flow for each cell, a list for each item, and each would otherwise make its own builder.
     */
    private final List<InlineBuilder> spareLines;
    /** The paragraph builder: taken when content first arrives, handed on when the flow finishes. */
    private InlineBuilder line;
    /** For headings and terms; made on first use, since most flows (cells, list items) never hold one. */
    private InlineBuilder headingLine;
    private Kind kind = Kind.PARAGRAPH;
    private int headingDepth;

    /** A document's flow. */
    Flow() {
        this(new ArrayList<>());
    }

    private Flow(List<InlineBuilder> spareLines) {
        this.spareLines = spareLines;
    }

    /** A new, empty flow inside this one's document (a cell, an item, a quote). */
    Flow newFlow() {
        return new Flow(spareLines);
    }

    /** The inline builder for the content in progress. */
    InlineBuilder line() {
        if (kind == Kind.PARAGRAPH) {
            if (line == null) {
                line = spareLines.isEmpty() ? new InlineBuilder(true) : spareLines.remove(spareLines.size() - 1);
            }
            return line;
        }
        if (headingLine == null) {
            headingLine = new InlineBuilder(false);
        }
        return headingLine;
    }

    /** Ends the paragraph in progress; the next inline content becomes a {@code kind} block. */
    void startKind(Kind next, int depth) {
        flush();
        kind = next;
        headingDepth = depth;
    }

    /** Ends the heading or term in progress; what follows is an ordinary paragraph. */
    void endKind() {
        flush();
        kind = Kind.PARAGRAPH;
    }

    /** Ends the paragraph in progress and appends a block. */
    void add(Block block) {
        flush();
        blocks.add(block);
    }

    /** Appends blocks that were built elsewhere, after the paragraph in progress. */
    void addAll(List<Block> more) {
        flush();
        blocks.addAll(more);
    }

    /** Ends the paragraph in progress, if it has anything visible. */
    void flush() {
        InlineBuilder current = kind == Kind.PARAGRAPH ? line : headingLine;
        if (current == null || current.isEmpty()) {
            return;
        }
        boolean emitted = false;
        List<List<Inline>> paragraphs = current.drain();
        // indexed loops here and below: an iterator for each paragraph is most of what a flush would allocate
        for (int i = 0; i < paragraphs.size(); i++) {
            List<Inline> inlines = paragraphs.get(i);
            if (!isVisible(inlines)) {
                continue;
            }
            emitted = true;
            blocks.add(switch (kind) {
                case PARAGRAPH -> new Paragraph(inlines);
                case HEADING -> new Heading(headingDepth, inlines);
                case TERM -> new Paragraph(List.of(new Strong(inlines)));
            });
        }
        if (emitted) {
            // a block that interrupts a heading ends it: the rest of its text is an ordinary paragraph
            kind = Kind.PARAGRAPH;
        }
    }

    /** Whether nothing has been added to this flow yet. */
    boolean isEmpty() {
        return blocks.isEmpty() && (line == null || line.isEmpty()) && (headingLine == null || headingLine.isEmpty());
    }

    /** The finished blocks (the paragraph in progress included). Content added later takes another builder. */
    List<Block> finish() {
        flush();
        if (line != null) {
            line.drain();   // empty already, unless it saw only white space: it goes on with nothing pending
            spareLines.add(line);
            line = null;
        }
        return blocks;
    }

    /** Whether inline content shows something: text other than white space, an image, code, raw HTML. */
    static boolean isVisible(List<? extends Node> inlines) {
        // nearly always the first text shows: the nodes inside marks are looked at only when none at the top does
        Deque<Node> inside = null;
        for (int i = 0; i < inlines.size(); i++) {
            Node node = inlines.get(i);
            if (showsItself(node)) {
                return true;
            }
            if (!(node instanceof Text)) {
                inside = inside == null ? new ArrayDeque<>() : inside;
                inside.addAll(node.children());
            }
        }
        while (inside != null && !inside.isEmpty()) {
            Node node = inside.pop();
            if (showsItself(node)) {
                return true;
            }
            if (!(node instanceof Text)) {
                inside.addAll(node.children());
            }
        }
        return false;
    }

    /** Whether a node shows something by itself: a leaf that is not white-space text (a mark shows only its children). */
    private static boolean showsItself(Node node) {
        return node instanceof Image || node instanceof InlineCode || node instanceof Html
                || node instanceof Text text && !isBlank(text.value());
    }

    /** Blank as a reader sees it: white space, no-break spaces and other space separators only. */
    static boolean isBlank(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
