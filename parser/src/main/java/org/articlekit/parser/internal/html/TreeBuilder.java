package org.articlekit.parser.internal.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.ThematicBreak;
import org.articlekit.parser.internal.Diagnostics;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Builds the document tree during one walk of the parsed HTML. Containers (the document, quotes, list items,
 * table cells) are kept on an explicit stack; inline formatting on a stack of {@link Mark}s that paragraphs make
 * concrete when content arrives. Deeper than the depth limit, elements keep their content but no structure.
 */
final class TreeBuilder implements DomWalker.Handler {

    private static final Pattern TEXT_ALIGN = Pattern.compile("text-align\\s*:\\s*(left|center|right)",
            Pattern.CASE_INSENSITIVE);
    private static final Runnable NOTHING = () -> { };

    private final HtmlSettings settings;
    private final Urls urls;
    private final Diagnostics diagnostics;
    private final SourcePositions positions;
    private final Flow root = new Flow();
    /** Open containers: {@link Flow}, {@link ListDraft} or {@link TableDraft}; the document's flow at the bottom. */
    private final Deque<Object> containers = new ArrayDeque<>();
    private final Deque<ListDraft.ItemDraft> items = new ArrayDeque<>();
    private final List<Mark> marks = new ArrayList<>();
    /** What to do on leaving each entered element, innermost first. */
    private final Deque<Runnable> closers = new ArrayDeque<>();
    private int quoteDepth;
    private boolean warnedDepth;

    TreeBuilder(HtmlSettings settings, Urls urls, Diagnostics diagnostics, SourcePositions positions) {
        this.settings = settings;
        this.urls = urls;
        this.diagnostics = diagnostics;
        this.positions = positions;
        containers.push(root);
    }

    /** The blocks built, once the walk is over. */
    List<Block> finish() {
        return root.finish();
    }

    // ---- walk events --------------------------------------------------------------------------------------

    @Override
    public boolean enter(Element element, int depth) {
        ElementRole role = ElementRole.of(element.normalName());
        if (role == ElementRole.DROP || ElementRole.isHidden(element)) {
            return false;
        }
        if (depth > settings.maxDepth()) {
            return enterTooDeep(element, role);
        }
        Runnable closer = switch (role) {
            case BOUNDARY, PARAGRAPH -> boundary();
            case TERM -> kind(Flow.Kind.TERM, 0);
            case HEADING -> kind(Flow.Kind.HEADING, element.normalName().charAt(1) - '0');
            case BLOCKQUOTE -> blockquote();
            case LIST -> list(element);
            case ITEM -> item(element);
            case TABLE -> table(element);
            case CAPTION -> caption();
            case TABLE_HEAD -> tableHead();
            case ROW -> row();
            case CELL -> cell(element);
            case QUOTE -> quote();
            case EMPHASIS -> mark(Mark.of(Mark.Kind.EMPHASIS));
            case STRONG -> mark(Mark.of(Mark.Kind.STRONG));
            case DELETE -> mark(Mark.of(Mark.Kind.DELETE));
            case CODE -> mark(Mark.of(Mark.Kind.CODE));
            case LINK -> link(element);
            case PRESENTATIONAL -> settings.keepHtml()
                    ? mark(new Mark(Mark.Kind.RAW_TAG, null, null, element.normalName())) : NOTHING;
            case TRANSPARENT -> NOTHING;
            default -> {
                leaf(element, role);
                yield null;
            }
        };
        if (closer == null) {
            return false;
        }
        closers.push(closer);
        return true;
    }

    @Override
    public void exit(Element element) {
        closers.pop().run();
    }

    @Override
    public void text(TextNode text) {
        flow().line().text(text.getWholeText(), marks);
    }

    /** Beyond the depth limit: leaves still count, blocks only separate paragraphs, nothing else has a node. */
    private boolean enterTooDeep(Element element, ElementRole role) {
        if (!warnedDepth) {
            warnedDepth = true;
            diagnostics.warning("html-too-deep", "HTML elements are nested more than " + settings.maxDepth()
                    + " deep; deeper content is kept without its structure", line(element), column(element));
        }
        switch (role) {
            case PRE, RULE, BREAK, IMAGE, EMBED, INPUT -> {
                leaf(element, role);
                return false;
            }
            default -> {
                closers.push(role.isBlock() ? boundary() : NOTHING);
                return true;
            }
        }
    }

    private void leaf(Element element, ElementRole role) {
        switch (role) {
            case PRE -> {
                Code code = CodeBlocks.read(element);
                flow().flush();
                if (code != null) {
                    flow().add(code);
                }
            }
            case RULE -> flow().add(new ThematicBreak());
            case BREAK -> flow().line().lineBreak();
            case IMAGE -> image(element);
            case EMBED -> embeds(element);
            case INPUT -> checkbox(element);
            default -> throw new IllegalStateException("not a leaf: " + role);
        }
    }

    // ---- containers ---------------------------------------------------------------------------------------

    /** The flow that receives content now. */
    private Flow flow() {
        Object top = containers.peek();
        if (top instanceof Flow flow) {
            return flow;
        }
        if (top instanceof ListDraft list) {
            return list.target();
        }
        return ((TableDraft) top).parent();
    }

    private Runnable boundary() {
        if (inLink()) {
            // a link wrapping boxes (a card: image, title, text) stays one link; its boxes become lines
            flow().line().softBreak();
            return () -> flow().line().softBreak();
        }
        flow().flush();
        return () -> flow().flush();
    }

    private boolean inLink() {
        for (Mark mark : marks) {
            if (mark.kind() == Mark.Kind.LINK) {
                return true;
            }
        }
        return false;
    }

    private Runnable kind(Flow.Kind kind, int depth) {
        flow().startKind(kind, depth);
        return () -> flow().endKind();
    }

    private Runnable blockquote() {
        Flow parent = flow();
        parent.flush();
        Flow quote = root.newFlow();
        containers.push(quote);
        return () -> {
            containers.pop();
            List<Block> blocks = quote.finish();
            if (!blocks.isEmpty()) {
                parent.add(new Blockquote(blocks));
            }
        };
    }

    private Runnable list(Element element) {
        Flow parent = flow();
        parent.flush();
        boolean ordered = element.normalName().equals("ol");
        ListDraft list = new ListDraft(ordered, ordered ? start(element) : 1, parent);
        containers.push(list);
        return () -> {
            containers.pop();
            ListBlock built = list.build();
            if (built != null) {
                parent.add(built);
            }
        };
    }

    private static int start(Element ol) {
        String value = Attrs.get(ol, "start").strip();
        try {
            return value.isEmpty() ? 1 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Runnable item(Element element) {
        flow().flush();
        boolean loose = hasChild(element, "p");
        ListDraft list;
        Runnable endList;
        if (containers.peek() instanceof ListDraft open) {
            list = open;
            endList = NOTHING;
        } else {
            // an item outside any list: a bullet list of its own
            Flow parent = flow();
            list = new ListDraft(false, 1, parent);
            containers.push(list);
            endList = () -> {
                containers.pop();
                ListBlock built = list.build();
                if (built != null) {
                    parent.add(built);
                }
            };
        }
        ListDraft.ItemDraft item = list.newItem(loose);
        containers.push(item.flow);
        items.push(item);
        return () -> {
            // what follows the item inside the list, outside any item, is a paragraph of its own
            item.flow.flush();
            containers.pop();
            items.pop();
            endList.run();
        };
    }

    /** A checkbox before any content of a list item makes it a task-list item; any other input is dropped. */
    private void checkbox(Element input) {
        if (!Attrs.get(input, "type").equalsIgnoreCase("checkbox") || items.isEmpty()) {
            return;
        }
        ListDraft.ItemDraft item = items.peek();
        if (containers.peek() == item.flow && item.flow.isEmpty() && item.checked == null) {
            item.checked = Attrs.has(input, "checked");
        }
    }

    private Runnable table(Element element) {
        Element listing = CodeBlocks.numberedListing(element);
        Flow parent = flow();
        parent.flush();
        if (listing != null) {
            Code code = CodeBlocks.read(listing);
            if (code != null) {
                String lang = code.lang() != null ? code.lang() : CodeBlocks.language(element);
                parent.add(new Code(lang, null, code.value()));
            }
            return null;
        }
        TableDraft table = new TableDraft(parent);
        containers.push(table);
        return () -> {
            containers.pop();
            if (table.size() > settings.maxTableCells()) {
                diagnostics.warning("table-too-large", "a table with more than " + settings.maxTableCells()
                        + " cells is read as paragraphs", line(element), column(element));
                parent.addAll(table.asBlocks());
                return;
            }
            List<Block> hoisted = new ArrayList<>();
            Table built = table.build(hoisted);
            if (built != null) {
                parent.add(built);
            }
            parent.addAll(hoisted);
        };
    }

    private Runnable caption() {
        if (!(containers.peek() instanceof TableDraft table)) {
            return boundary();
        }
        Flow caption = root.newFlow();
        containers.push(caption);
        return () -> {
            containers.pop();
            table.parent().addAll(caption.finish());
        };
    }

    private Runnable tableHead() {
        if (!(containers.peek() instanceof TableDraft table)) {
            return boundary();
        }
        table.head(true);
        return () -> table.head(false);
    }

    private Runnable row() {
        if (!(containers.peek() instanceof TableDraft table)) {
            return boundary();
        }
        table.startRow();
        return table::endRow;
    }

    private Runnable cell(Element element) {
        if (!(containers.peek() instanceof TableDraft table)) {
            return boundary();
        }
        Flow cell = root.newFlow();
        containers.push(cell);
        int colSpan = span(Attrs.get(element, "colspan"), false);
        int rowSpan = span(Attrs.get(element, "rowspan"), true);
        boolean header = element.normalName().equals("th");
        Align align = align(element);
        return () -> {
            containers.pop();
            table.addCell(new TableDraft.CellDraft(cell.finish(), colSpan, rowSpan, header, align));
        };
    }

    /** A span attribute, at least 1; {@code rowspan="0"} stays 0: it spans the rest of the table. */
    private static int span(String value, boolean zeroSpansRest) {
        if (value.isEmpty()) {
            // nearly every cell: no attribute, and no exception to build
            return 1;
        }
        try {
            int span = Integer.parseInt(value.strip());
            return span == 0 && zeroSpansRest ? 0 : Math.max(1, span);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Align align(Element cell) {
        String value = Attrs.get(cell, "align").strip();
        String style = value.isEmpty() ? Attrs.get(cell, "style") : "";
        if (!style.isEmpty()) {
            Matcher alignment = TEXT_ALIGN.matcher(style);
            value = alignment.find() ? alignment.group(1) : "";
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "left" -> Align.LEFT;
            case "center" -> Align.CENTER;
            case "right" -> Align.RIGHT;
            default -> Align.NONE;
        };
    }

    // ---- inlines ------------------------------------------------------------------------------------------

    private Runnable mark(Mark mark) {
        marks.add(mark);
        return () -> marks.remove(marks.size() - 1);
    }

    private Runnable link(Element element) {
        if (!Attrs.has(element, "href")) {
            return NOTHING;
        }
        String url = accept(Attrs.get(element, "href"), element, false);
        if (url == null) {
            return NOTHING;
        }
        return mark(new Mark(Mark.Kind.LINK, url, optional(Attrs.get(element, "title")), null));
    }

    private Runnable quote() {
        quoteDepth++;
        boolean outer = quoteDepth % 2 == 1;
        flow().line().text(outer ? "\u201c" : "\u2018", marks);
        return () -> {
            flow().line().text(outer ? "\u201d" : "\u2019", marks);
            quoteDepth--;
        };
    }

    private void image(Element element) {
        String url = first(Images.candidates(element), element);
        if (url == null) {
            return;
        }
        if (settings.unwrapProxyUrls()) {
            url = ProxyUrls.unwrap(url);
        }
        Image image = new Image(url, collapse(Attrs.get(element, "alt")), optional(Attrs.get(element, "title")),
                Images.dimension(element, "width"), Images.dimension(element, "height"));
        flow().line().image(image, marks);
    }

    /** The element's own medium, and those an {@code object} nests as its fallback. */
    private void embeds(Element element) {
        embed(element);
        if (element.normalName().equals("object")) {
            for (Element nested : element.select("iframe, video, audio, embed, object")) {
                if (nested != element) {
                    embed(nested);
                }
            }
        }
    }

    private void embed(Element element) {
        String url = first(Embeds.candidates(element), element);
        if (url == null) {
            return;
        }
        flow().add(new Embed(Embeds.kind(element.normalName()), url, Embeds.title(element),
                Images.dimension(element, "width"), Images.dimension(element, "height")));
    }

    /** The first candidate URL that is kept. */
    private String first(List<String> candidates, Element element) {
        for (String candidate : candidates) {
            String url = accept(candidate, element, true);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    /** The resolved URL, or {@code null} when refused; an over-long URL is reported. */
    private String accept(String raw, Element element, boolean media) {
        Urls.Refusal refusal = urls.refusal(raw);
        if (refusal == Urls.Refusal.TOO_LONG) {
            diagnostics.warning("url-too-long", "a URL of " + raw.strip().length() + " characters in <"
                    + element.normalName() + "> is longer than " + settings.maxUrlLength() + " and was dropped",
                    line(element), column(element));
            return null;
        }
        if (refusal == Urls.Refusal.EMPTY && !media && raw != null) {
            return "";
        }
        return refusal == Urls.Refusal.NONE ? urls.resolve(raw) : null;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static boolean hasChild(Element element, String tag) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String value) {
        return Whitespace.collapse(value);
    }

    private static String optional(String value) {
        String collapsed = collapse(value);
        return collapsed.isEmpty() ? null : collapsed;
    }

    private int line(Element element) {
        return positions.line(element);
    }

    private int column(Element element) {
        return positions.column(element);
    }
}
