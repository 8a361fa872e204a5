package org.articlekit.parser.internal.html;

import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * Builds the jsoup tree of an HTML fragment for the well-formed HTML articles are mostly written in, exactly as
 * {@code Parser.htmlParser().parseFragmentInput(html, body, "")} would — the same elements, tags, attributes, text
 * nodes, comments and data nodes in the same order, under a {@code body} root in its own document — several times
 * faster, or returns {@code null} when it is not sure, and jsoup then parses the fragment itself.
 *
 * <p>It follows jsoup's tree-building rules (which track the HTML standard's, with jsoup's own deviations) only
 * where the outcome is plain: elements are closed by their own end tag or by the implied end tags the rules give
 * ({@code </p>} before a block, {@code </li>} before a new item, {@code tbody} around rows...). Whatever would make
 * jsoup repair the tree — a misnested or stray end tag, a formatting element left open across a block's end (the
 * adoption agency, reconstruction), foster parenting, forms, foreign content, an unknown tag — makes it give up.
 * The stack is an array walked without recursion; past {@link #MAX_DEPTH} open elements it gives up too (jsoup's
 * scope searches stop at 100 levels, so deeper trees are not built by the standard's rules).
 */
final class FastFragment {

    /** Most open elements, the root included. */
    static final int MAX_DEPTH = 96;

    // how a start tag is handled in the body (jsoup's HtmlTreeBuilderState.InBody)
    private static final int ORDINARY = 0;   // inserted where it stands
    private static final int FORMATTING = 1; // the same here, since every formatting element is closed in order
    private static final int ANCHOR = 2;     // formatting, but an <a> inside an open <a> is repaired
    private static final int CLOSES_P = 3;   // closes an open p first
    private static final int HEADING = 4;    // closes a p, and an open heading that is the current element
    private static final int PRE = 5;        // closes a p, and drops a newline right after the start tag
    private static final int LIST_ITEM = 6;  // closes an open li (and a p)
    private static final int VOID = 7;       // no content, never on the stack
    private static final int VOID_CLOSES_P = 8;
    private static final int RAW_TEXT = 9;   // content is text up to the end tag, kept as a data node
    private static final int SCRIPT = 10;
    private static final int TABLE = 11;
    private static final int BUTTON = 12;
    private static final int TABLE_PART = 13; // tbody, thead, tfoot, tr, td, th: only inside tables

    // what an element on the stack is, as far as the rules need to know
    private static final int K_OTHER = 0;
    private static final int K_P = 1;
    private static final int K_LI = 2;
    private static final int K_HEADING = 3;
    private static final int K_TABLE = 4;
    private static final int K_SECTION = 5; // tbody, thead, tfoot
    private static final int K_TR = 6;
    private static final int K_CELL = 7;    // td, th
    private static final int K_BUTTON = 8;
    private static final int K_ANCHOR = 9;
    private static final int K_ROOT = 10;

    /** What the fast path knows of a tag name: how its start tag is handled, and whether the standard calls it special. */
    private record Rule(int index, int start, int kind, boolean special) {
    }

    private static final Map<String, Rule> RULES = rules();
    private static final FragmentTokenizer.Names TAG_NAMES = new FragmentTokenizer.Names(RULES.keySet());

    // insertion modes, as jsoup names them
    private static final int IN_BODY = 0;
    private static final int IN_TABLE = 1;
    private static final int IN_TABLE_BODY = 2;
    private static final int IN_ROW = 3;
    private static final int IN_CELL = 4;

    private final FragmentTokenizer tokens;
    private final TagSet tagSet;
    private final Tag[] tags = new Tag[RULES.size()];
    // grown as needed up to MAX_DEPTH: most articles nest a dozen deep
    private Element[] stack = new Element[16];
    private int[] kinds = new int[16];
    private boolean[] specials = new boolean[16];
    private int size;
    private boolean tooDeep;
    private int mode = IN_BODY;
    // the first comment placed directly in the root that reads "more", and where its "<!--" starts
    private Comment moreMarker;
    private int moreMarkerStart = -1;

    private FastFragment(String html, TagSet tagSet) {
        this.tokens = new FragmentTokenizer(html, TAG_NAMES);
        this.tagSet = tagSet;
    }

    /**
     * The fragment's root — a {@code body} element, the only child of its own document, holding the fragment's
     * nodes — or {@code null} when the fast path is not sure to build what jsoup would.
     */
    static Element parse(String html) {
        Tree tree = tree(html);
        return tree == null ? null : tree.root();
    }

    /** The fragment's tree with what was measured while building it, or {@code null} as for {@link #parse}. */
    static Tree tree(String html) {
        Document document = new Document(Parser.NamespaceHtml, "");
        TagSet tagSet = document.parser().tagSet();
        Element root = new Element(tagSet.valueOf("body", Parser.NamespaceHtml, ParseSettings.htmlDefault), "");
        document.appendChild(root);
        FastFragment builder = new FastFragment(html, tagSet);
        builder.push(root, K_ROOT, true);
        return builder.build()
                ? new Tree(root, builder.tokens.longestAttributeValue, builder.moreMarker, builder.moreMarkerStart)
                : null;
    }

    /**
     * A tree built by the fast path. It never holds a {@code <base>} element: that tag is not among the rules, so
     * a fragment with one is left to jsoup.
     *
     * @param root                  as {@link #parse} returns it
     * @param longestAttributeValue the length of the longest attribute value in the tree (0 when none)
     * @param moreMarker            the first comment child of the root whose text is {@code more} (an excerpt
     *                              marker, {@code <!-- more -->}), or {@code null}
     * @param moreMarkerStart       where that comment's {@code <!--} starts in the source, or -1
     */
    record Tree(Element root, int longestAttributeValue, Comment moreMarker, int moreMarkerStart) {
    }

    private boolean build() {
        while (true) {
            int token = tokens.next();
            boolean sure = switch (token) {
                case FragmentTokenizer.EOF -> {
                    yield true;
                }
                case FragmentTokenizer.TEXT -> {
                    current().appendChild(new TextNode(tokens.text));
                    yield true;
                }
                case FragmentTokenizer.COMMENT -> {
                    comment(tokens.text);
                    yield true;
                }
                case FragmentTokenizer.START_TAG -> startTag(tokens.name);
                case FragmentTokenizer.END_TAG -> endTag(tokens.name);
                default -> false;
            };
            if (!sure || tooDeep) {
                return false;
            }
            if (token == FragmentTokenizer.EOF) {
                return true;
            }
        }
    }

    // ---- start tags

    private boolean startTag(String name) {
        Rule rule = RULES.get(name);
        if (rule == null) {
            return false;
        }
        if (tokens.selfClosing && rule.start != VOID && rule.start != VOID_CLOSES_P) {
            return false; // jsoup ignores the slash but marks the tag; not worth matching
        }
        return switch (mode) {
            case IN_TABLE -> inTable(name, rule);
            case IN_TABLE_BODY -> inTableBody(name, rule);
            case IN_ROW -> inRow(name, rule);
            case IN_CELL -> rule.start == TABLE_PART ? closeCell() && startTag(name) : inBody(name, rule);
            default -> inBody(name, rule);
        };
    }

    private boolean inBody(String name, Rule rule) {
        switch (rule.start) {
            case ORDINARY, FORMATTING -> insert(rule);
            case ANCHOR -> {
                if (onStack(K_ANCHOR)) {
                    return false;
                }
                insert(rule);
            }
            case CLOSES_P -> {
                if (!closePInButtonScope()) {
                    return false;
                }
                insert(rule);
            }
            case HEADING -> {
                if (!closePInButtonScope()) {
                    return false;
                }
                if (kinds[size - 1] == K_HEADING) {
                    pop(); // jsoup: a heading inside a heading closes it
                }
                insert(rule);
            }
            case PRE -> {
                if (!closePInButtonScope()) {
                    return false;
                }
                insert(rule);
                tokens.skipNewline();
            }
            case LIST_ITEM -> {
                if (!closeListItem() || !closePInButtonScope()) {
                    return false;
                }
                insert(rule);
            }
            case VOID -> current().appendChild(element(rule, tokens.attributes));
            case VOID_CLOSES_P -> {
                if (!closePInButtonScope()) {
                    return false;
                }
                current().appendChild(element(rule, tokens.attributes));
            }
            case RAW_TEXT, SCRIPT -> {
                Element element = element(rule, tokens.attributes);
                current().appendChild(element);
                String data = tokens.rawText(name, rule.start == SCRIPT);
                if (data == null) {
                    return false;
                }
                if (!data.isEmpty()) {
                    element.appendChild(new DataNode(data));
                }
            }
            case TABLE -> {
                if (!closePInButtonScope()) {
                    return false;
                }
                insert(rule);
                mode = IN_TABLE;
            }
            case BUTTON -> {
                if (inScope(K_BUTTON, true)) {
                    return false;
                }
                insert(rule);
            }
            default -> {
                return false; // table parts outside a table are dropped by jsoup
            }
        }
        return true;
    }

    private boolean inTable(String name, Rule rule) {
        if (current().normalName().equals("table")) {
            if (name.equals("tbody") || name.equals("thead") || name.equals("tfoot")) {
                insert(rule);
                mode = IN_TABLE_BODY;
                return true;
            }
            if (name.equals("tr") || name.equals("td") || name.equals("th")) {
                insertImplied("tbody"); // jsoup (and the standard) insert the missing tbody
                mode = IN_TABLE_BODY;
                return inTableBody(name, rule);
            }
        }
        return false; // anything else is foster-parented, or a caption or column group
    }

    private boolean inTableBody(String name, Rule rule) {
        if (kinds[size - 1] != K_SECTION) {
            return false;
        }
        switch (name) {
            case "tr" -> {
                insert(rule);
                mode = IN_ROW;
                return true;
            }
            case "td", "th" -> {
                insertImplied("tr");
                mode = IN_ROW;
                return inRow(name, rule);
            }
            case "tbody", "thead", "tfoot" -> {
                pop(); // the open section ends where the next begins
                mode = IN_TABLE;
                return inTable(name, rule);
            }
            default -> {
                return false;
            }
        }
    }

    private boolean inRow(String name, Rule rule) {
        if (kinds[size - 1] != K_TR) {
            return false;
        }
        switch (name) {
            case "td", "th" -> {
                insert(rule);
                mode = IN_CELL;
                return true;
            }
            case "tr", "tbody", "thead", "tfoot" -> {
                pop(); // a new row or section ends the open row
                mode = IN_TABLE_BODY;
                return inTableBody(name, rule);
            }
            default -> {
                return false;
            }
        }
    }

    // ---- end tags

    private boolean endTag(String name) {
        return switch (mode) {
            case IN_TABLE -> tableEnd(name);
            case IN_TABLE_BODY -> tableBodyEnd(name);
            case IN_ROW -> rowEnd(name);
            case IN_CELL -> cellEnd(name);
            default -> bodyEnd(name);
        };
    }

    private boolean bodyEnd(String name) {
        switch (name) {
            case "p" -> {
                return closeP();
            }
            case "li" -> {
                popImplied(K_LI);
                return popIfCurrent(K_LI);
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                popImplied(-1);
                return currentIs(name) && pop();
            }
            case "address", "article", "aside", "blockquote", "button", "center", "details", "dir", "div", "dl",
                    "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "menu", "nav", "ol",
                    "pre", "section", "summary", "ul" -> {
                popImplied(-1);
                return currentIs(name) && pop();
            }
            case "body", "html", "br", "form", "template", "dd", "dt", "applet", "marquee", "object", "sarcasm",
                    "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup", "col" -> {
                return false;
            }
            default -> {
                // formatting elements and any other end tag close the current element of that name, and only that
                return currentIs(name) && pop();
            }
        }
    }

    private boolean tableEnd(String name) {
        if (name.equals("table") && kinds[size - 1] == K_TABLE) {
            pop();
            resetMode();
            return true;
        }
        return false;
    }

    private boolean tableBodyEnd(String name) {
        if (kinds[size - 1] != K_SECTION) {
            return false;
        }
        if (name.equals("table")) {
            pop();
            mode = IN_TABLE;
            return tableEnd(name);
        }
        if (currentIs(name)) {
            pop();
            mode = IN_TABLE;
            return true;
        }
        return false;
    }

    private boolean rowEnd(String name) {
        if (kinds[size - 1] != K_TR) {
            return false;
        }
        if (name.equals("tr")) {
            pop();
            mode = IN_TABLE_BODY;
            return true;
        }
        if (name.equals("table") || (name.equals("tbody") || name.equals("thead") || name.equals("tfoot"))
                && stack[size - 2].normalName().equals(name)) {
            pop();
            mode = IN_TABLE_BODY;
            return tableBodyEnd(name);
        }
        return false;
    }

    private boolean cellEnd(String name) {
        switch (name) {
            case "td", "th" -> {
                popImplied(-1);
                if (!currentIs(name)) {
                    return false;
                }
                pop();
                mode = IN_ROW;
                return true;
            }
            case "table", "tbody", "thead", "tfoot", "tr" -> {
                return closeCell() && endTag(name);
            }
            case "body", "caption", "col", "colgroup", "html" -> {
                return false;
            }
            default -> {
                return bodyEnd(name);
            }
        }
    }

    /** Ends the open cell before a table part's tag, as jsoup does; false when the cell is not the current element. */
    private boolean closeCell() {
        popImplied(-1);
        if (kinds[size - 1] != K_CELL) {
            return false;
        }
        pop();
        mode = IN_ROW;
        return true;
    }

    // ---- the rules' shared steps

    /** jsoup's "close a p element" when a p is in button scope; false when that would not be a plain pop. */
    private boolean closePInButtonScope() {
        return !inScope(K_P, true) || closeP();
    }

    private boolean closeP() {
        if (!inScope(K_P, true)) {
            return false; // jsoup would insert an empty p
        }
        popImplied(K_P);
        return popIfCurrent(K_P);
    }

    /** jsoup's steps for a new li: the nearest open li, unless a special element other than address, div and p comes first, is closed. */
    private boolean closeListItem() {
        for (int i = size - 1; i > 0; i--) {
            if (kinds[i] == K_LI) {
                popImplied(K_LI);
                return popIfCurrent(K_LI);
            }
            if (specials[i]) {
                String name = stack[i].normalName();
                if (!name.equals("address") && !name.equals("div") && !name.equals("p")) {
                    return true;
                }
            }
        }
        return true;
    }

    /** Pops the elements whose end tags are implied (p, li), except those of kind {@code except}. */
    private void popImplied(int except) {
        while (true) {
            int kind = kinds[size - 1];
            if ((kind == K_P || kind == K_LI) && kind != except) {
                pop();
            } else {
                return;
            }
        }
    }

    /** Whether an element of {@code kind} is in scope: found before a table, cell (or, in button scope, button). */
    private boolean inScope(int kind, boolean buttonScope) {
        for (int i = size - 1; i > 0; i--) {
            int k = kinds[i];
            if (k == kind) {
                return true;
            }
            if (k == K_TABLE || k == K_CELL || buttonScope && k == K_BUTTON) {
                return false;
            }
        }
        return false;
    }

    private boolean onStack(int kind) {
        for (int i = size - 1; i > 0; i--) {
            if (kinds[i] == kind) {
                return true;
            }
        }
        return false;
    }

    /** After a table ends: the mode the elements still open call for (jsoup's resetInsertionMode). */
    private void resetMode() {
        for (int i = size - 1; i > 0; i--) {
            switch (kinds[i]) {
                case K_CELL -> mode = IN_CELL;
                case K_TR -> mode = IN_ROW;
                case K_SECTION -> mode = IN_TABLE_BODY;
                case K_TABLE -> mode = IN_TABLE;
                default -> {
                    continue;
                }
            }
            return;
        }
        mode = IN_BODY;
    }

    private boolean popIfCurrent(int kind) {
        return kinds[size - 1] == kind && pop();
    }

    private boolean currentIs(String name) {
        return size > 1 && stack[size - 1].normalName().equals(name);
    }

    private Element current() {
        return stack[size - 1];
    }

    private void comment(String data) {
        Comment comment = new Comment(data);
        current().appendChild(comment);
        if (moreMarker == null && size == 1 && HtmlExcerpt.isMoreMarker(data)) {
            moreMarker = comment;
            moreMarkerStart = tokens.commentStart;
        }
    }

    /** Inserts the element of the start tag just read and makes it the current element. */
    private void insert(Rule rule) {
        Element element = element(rule, tokens.attributes);
        current().appendChild(element);
        push(element, rule.kind, rule.special);
    }

    /** Inserts an element whose start tag the rules imply, without attributes. */
    private void insertImplied(String name) {
        Rule rule = RULES.get(name);
        Element element = element(rule, null);
        current().appendChild(element);
        push(element, rule.kind, rule.special);
    }

    private Element element(Rule rule, Attributes attributes) {
        Tag tag = tags[rule.index];
        if (tag == null) {
            // the parse's own copy of the tag, from the document's tag set, as jsoup's tree builder takes it
            tag = tagSet.valueOf(NAMES[rule.index], Parser.NamespaceHtml, ParseSettings.htmlDefault);
            tags[rule.index] = tag;
        }
        return new Element(tag, null, attributes);
    }

    private void push(Element element, int kind, boolean special) {
        if (size == stack.length) {
            if (size == MAX_DEPTH) {
                tooDeep = true; // noticed after the token, when the parse gives up
                return;
            }
            int grown = Math.min(MAX_DEPTH, size * 2);
            stack = java.util.Arrays.copyOf(stack, grown);
            kinds = java.util.Arrays.copyOf(kinds, grown);
            specials = java.util.Arrays.copyOf(specials, grown);
        }
        stack[size] = element;
        kinds[size] = kind;
        specials[size] = special;
        size++;
    }

    private boolean pop() {
        size--;
        stack[size] = null;
        return true;
    }

    // ---- the tags the fast path knows

    private static final String[] NAMES;

    static {
        NAMES = new String[RULES.size()];
        for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
            NAMES[entry.getValue().index] = entry.getKey();
        }
    }

    private static Map<String, Rule> rules() {
        java.util.LinkedHashMap<String, Rule> rules = new java.util.LinkedHashMap<>();
        // the standard's "special" elements among them, which end the search for an li to close
        java.util.Set<String> special = java.util.Set.of("address", "article", "aside", "blockquote", "br",
                "button", "center", "details", "dir", "div", "dl", "embed", "fieldset", "figcaption", "figure",
                "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "iframe", "img", "input",
                "li", "link", "listing", "menu", "meta", "nav", "ol", "p", "param", "pre", "script", "section",
                "style", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "wbr", "area");
        java.util.function.BiConsumer<Integer, String[]> add = (start, names) -> {
            for (String name : names) {
                int kind = switch (name) {
                    case "p" -> K_P;
                    case "li" -> K_LI;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> K_HEADING;
                    case "table" -> K_TABLE;
                    case "tbody", "thead", "tfoot" -> K_SECTION;
                    case "tr" -> K_TR;
                    case "td", "th" -> K_CELL;
                    case "button" -> K_BUTTON;
                    case "a" -> K_ANCHOR;
                    default -> K_OTHER;
                };
                rules.put(name, new Rule(rules.size(), start, kind, special.contains(name)));
            }
        };
        add.accept(ORDINARY, new String[] {"span", "abbr", "acronym", "audio", "bdi", "bdo", "canvas", "cite",
            "data", "del", "dfn", "ins", "kbd", "label", "main", "mark", "meter", "output", "picture", "progress",
            "q", "ruby", "samp", "sub", "sup", "time", "var", "video"});
        add.accept(FORMATTING, new String[] {"b", "big", "code", "em", "font", "i", "s", "small", "strike",
            "strong", "tt", "u"});
        add.accept(ANCHOR, new String[] {"a"});
        add.accept(CLOSES_P, new String[] {"address", "article", "aside", "blockquote", "center", "details", "dir",
            "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "menu", "nav", "ol", "p",
            "section", "summary", "ul"});
        add.accept(HEADING, new String[] {"h1", "h2", "h3", "h4", "h5", "h6"});
        add.accept(PRE, new String[] {"pre", "listing"});
        add.accept(LIST_ITEM, new String[] {"li"});
        add.accept(VOID, new String[] {"area", "br", "embed", "img", "keygen", "wbr", "input", "param", "source",
            "track", "link", "meta"});
        add.accept(VOID_CLOSES_P, new String[] {"hr"});
        add.accept(RAW_TEXT, new String[] {"style", "iframe"});
        add.accept(SCRIPT, new String[] {"script"});
        add.accept(TABLE, new String[] {"table"});
        add.accept(BUTTON, new String[] {"button"});
        add.accept(TABLE_PART, new String[] {"tbody", "thead", "tfoot", "tr", "td", "th"});
        return Map.copyOf(rules);
    }
}
