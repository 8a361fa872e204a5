package org.articlekit.parser.internal.html;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 * Builds the inline content of one paragraph-like block as a browser lays it out: whitespace runs collapse to one
 * space, space at the edges and around line breaks is dropped, a source line break between two CJK characters
 * vanishes, adjacent text merges. Formatting marks are opened lazily, only when content arrives inside them, so an
 * element holding nothing visible leaves no node. Space and breaks are placed at the deepest level shared by the
 * content on either side of them.
 */
final class InlineBuilder {

    private static final Set<Mark.Kind> TEXT_STYLES = EnumSet.of(Mark.Kind.EMPHASIS, Mark.Kind.STRONG,
            Mark.Kind.DELETE, Mark.Kind.RAW_TAG);

    /**
     * One open node: the root of the paragraph, or a mark made concrete. A closed level is kept for the next mark
     * to open, with its list and text buffer: the node made from it copies its children.
     */
    private static final class Level {
        Mark mark;
        /** Where content goes: this level's own list, or its parent's for a raw tag, which wraps it in place. */
        List<Inline> children;
        final List<Inline> own = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        /** Makes this level the one of {@code mark}, adding to {@code shared} if not null, else to its own list. */
        Level reset(Mark mark, List<Inline> shared) {
            this.mark = mark;
            this.children = shared != null ? shared : own;
            return this;
        }

        void flushText() {
            if (text.length() > 0) {
                children.add(new Text(text.toString()));
                text.setLength(0);
            }
        }
    }

    private final boolean splitOnDoubleBreak;
    private final List<List<Inline>> done = new ArrayList<>();
    private final ArrayList<Level> open = new ArrayList<>(4);
    /** Closed levels, empty, for reuse. */
    private final ArrayList<Level> spare = new ArrayList<>();
    private boolean hasContent;
    private boolean lineHasContent;
    private boolean pendingSpace;
    private boolean pendingNewline;
    private int pendingBreaks;
    private int lastChar;

    /** @param splitOnDoubleBreak whether two or more consecutive {@code <br>} start a new paragraph */
    InlineBuilder(boolean splitOnDoubleBreak) {
        this.splitOnDoubleBreak = splitOnDoubleBreak;
        open.add(new Level().reset(null, null));
    }

    /** Whether nothing has been added since the last {@link #drain()}. */
    boolean isEmpty() {
        return !hasContent && done.isEmpty();
    }

    /** Appends text as found in the source, collapsing its whitespace. */
    void text(String source, List<Mark> marks) {
        boolean placed = false;
        StringBuilder target = null;
        int length = source.length();
        int i = 0;
        while (i < length) {
            char c = source.charAt(i);
            if (Whitespace.isHtmlSpace(c)) {
                // a run of white space is one segment break only when it holds a newline itself
                pendingNewline = (pendingSpace && pendingNewline) || c == '\n' || c == '\r';
                pendingSpace = true;
                i++;
                continue;
            }
            int first = Character.isHighSurrogate(c) ? source.codePointAt(i) : c;
            if (!placed) {
                place(marks, true, first);
                placed = true;
                target = top().text;
            } else if (pendingSpace) {
                writeSpace(target, first);
            }
            // the rest of the word goes in as one range
            int end = i + 1;
            while (end < length && !Whitespace.isHtmlSpace(source.charAt(end))) {
                end++;
            }
            target.append(source, i, end);
            char last = source.charAt(end - 1);
            lastChar = Character.isLowSurrogate(last) ? source.codePointBefore(end) : last;
            i = end;
        }
    }

    /** Appends an image (never inside inline code). */
    void image(Image image, List<Mark> marks) {
        place(marks, false, 0);
        Level level = top();
        level.flushText();
        level.children.add(image);
        lastChar = 0;
    }

    /** Appends raw HTML kept as an inline. */
    void html(String html, List<Mark> marks) {
        place(marks, false, 0);
        Level level = top();
        level.flushText();
        level.children.add(new Html(html));
        lastChar = 0;
    }

    /** A {@code <br>}: placed before the next content; dropped at the edges of the paragraph. */
    void lineBreak() {
        if (!hasContent) {
            return;
        }
        pendingBreaks++;
        clearPendingSpace();
    }

    /** The edge of a box inside a line (a div inside a link): a line break, never more than one. */
    void softBreak() {
        if (hasContent && pendingBreaks == 0) {
            pendingBreaks = 1;
            clearPendingSpace();
        }
    }

    /** The finished paragraphs (usually one; more where double breaks split it) and a fresh start. */
    List<List<Inline>> drain() {
        closeTo(0);
        Level root = open.get(0);
        root.flushText();
        List<List<Inline>> result;
        if (done.isEmpty()) {
            // the usual case, one paragraph or none: no list to gather them in
            result = root.children.isEmpty() ? List.of() : List.of(copy(root.children));
        } else {
            result = new ArrayList<>(done);
            if (!root.children.isEmpty()) {
                result.add(copy(root.children));
            }
        }
        done.clear();
        root.children.clear();
        hasContent = false;
        lineHasContent = false;
        clearPendingSpace();
        pendingBreaks = 0;
        lastChar = 0;
        return result;
    }

    /**
     * An unmodifiable copy, as {@link List#copyOf} makes, without its intermediate array for one or two inlines
     * (most paragraphs are a single text).
     */
    private static List<Inline> copy(List<Inline> inlines) {
        return switch (inlines.size()) {
            case 1 -> List.of(inlines.get(0));
            case 2 -> List.of(inlines.get(0), inlines.get(1));
            default -> List.copyOf(inlines);
        };
    }

    private Level top() {
        return open.get(open.size() - 1);
    }

    /** Makes the levels match {@code marks}, writing pending breaks and space at the shared level on the way. */
    private void place(List<Mark> marks, boolean forText, int firstChar) {
        List<Mark> wanted = effective(marks, forText);
        if (pendingBreaks >= 2 && splitOnDoubleBreak) {
            closeTo(0);
            open.get(0).flushText();
            done.add(copy(open.get(0).children));
            open.get(0).children.clear();
            pendingBreaks = 0;
            clearPendingSpace();
            lineHasContent = false;
        }
        int shared = 0;
        while (shared + 1 < open.size() && shared < wanted.size() && open.get(shared + 1).mark == wanted.get(shared)) {
            shared++;
        }
        if (pendingBreaks > 0) {
            // a break cannot sit inside inline code
            for (int i = 1; i <= shared; i++) {
                if (open.get(i).mark.kind() == Mark.Kind.CODE) {
                    shared = i - 1;
                    break;
                }
            }
        }
        closeTo(shared);
        Level level = top();
        if (pendingBreaks > 0) {
            level.flushText();
            for (int i = 0; i < pendingBreaks; i++) {
                level.children.add(new Break());
            }
            pendingBreaks = 0;
            clearPendingSpace();
            lineHasContent = false;
        } else if (pendingSpace) {
            writeSpace(level.text, firstChar);
        }
        for (int i = shared; i < wanted.size(); i++) {
            openLevel(wanted.get(i));
        }
        hasContent = true;
        lineHasContent = true;
    }

    private void writeSpace(StringBuilder target, int nextChar) {
        if (lineHasContent && !(pendingNewline && Cjk.removesSegmentBreak(lastChar, nextChar))) {
            target.append(' ');
        }
        clearPendingSpace();
    }

    /** Forgets the white space seen since the last content: its newline must not leak into the next run. */
    private void clearPendingSpace() {
        pendingSpace = false;
        pendingNewline = false;
    }

    /** The marks as nodes can express them: one of each style, code innermost, no styles inside code. */
    private static List<Mark> effective(List<Mark> marks, boolean forText) {
        if (marks.isEmpty()) {
            return List.of();   // plain text, the most common run: nothing to sort out
        }
        List<Mark> wanted = new ArrayList<>(marks.size());
        Mark code = null;
        EnumSet<Mark.Kind> seen = EnumSet.noneOf(Mark.Kind.class);
        for (Mark mark : marks) {
            Mark.Kind kind = mark.kind();
            if (kind == Mark.Kind.CODE) {
                code = code == null ? mark : code;
            } else if (code != null && TEXT_STYLES.contains(kind)) {
                continue;
            } else if (kind == Mark.Kind.RAW_TAG || kind == Mark.Kind.LINK || seen.add(kind)) {
                wanted.add(mark);
            }
        }
        if (code != null && forText) {
            wanted.add(code);
        }
        return wanted;
    }

    private void openLevel(Mark mark) {
        Level parent = top();
        parent.flushText();
        Level level = spare.isEmpty() ? new Level() : spare.remove(spare.size() - 1);
        if (mark.kind() == Mark.Kind.RAW_TAG) {
            parent.children.add(new Html("<" + mark.tag() + ">"));
            open.add(level.reset(mark, parent.children));
        } else {
            open.add(level.reset(mark, null));
        }
    }

    private void closeTo(int keep) {
        while (open.size() - 1 > keep) {
            Level level = open.remove(open.size() - 1);
            close(level);
            level.own.clear();
            spare.add(level);
        }
    }

    /** Ends a level that has just left the stack: its content becomes a node of its parent's. */
    private void close(Level level) {
        level.flushText();
        Level parent = top();
        Mark mark = level.mark;
        if (mark.kind() == Mark.Kind.RAW_TAG) {
            parent.children.add(new Html("</" + mark.tag() + ">"));
            return;
        }
        if (level.children.isEmpty()) {
            return;
        }
        parent.flushText();
        parent.children.add(switch (mark.kind()) {
            case EMPHASIS -> new Emphasis(level.children);
            case STRONG -> new Strong(level.children);
            case DELETE -> new Delete(level.children);
            case LINK -> new Link(mark.url(), mark.title(), level.children);
            case CODE -> new InlineCode(((Text) level.children.get(0)).value());
            case RAW_TAG -> throw new IllegalStateException("handled above");
        });
    }
}
