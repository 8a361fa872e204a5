package org.articlekit.parser.internal.html;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an HTML element means for the document tree; every tag not listed is a transparent inline. */
enum ElementRole {
    /** Dropped together with everything inside: scripts, styles, form controls, invisible machinery. */
    DROP,
    /** A layout container or paragraph-like box: it vanishes, but its edges end the current paragraph. */
    BOUNDARY,
    /** {@code p} and {@code figcaption}: a paragraph of its own. */
    PARAGRAPH,
    /** {@code dt} and {@code summary}: a paragraph whose content is set in {@code strong}. */
    TERM,
    HEADING,
    BLOCKQUOTE,
    LIST,
    ITEM,
    PRE,
    RULE,
    TABLE,
    CAPTION,
    TABLE_HEAD,
    ROW,
    CELL,
    BREAK,
    IMAGE,
    EMBED,
    INPUT,
    QUOTE,
    EMPHASIS,
    STRONG,
    DELETE,
    CODE,
    LINK,
    /** Presentational inlines with no node of their own (sub, sup, u …): text kept, raw tags kept with keepHtml. */
    PRESENTATIONAL,
    /** Anything else: span, font, label, unknown and custom elements. */
    TRANSPARENT;

    private static final Map<String, ElementRole> ROLES = new HashMap<>();
    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

    static {
        assign(DROP, "script", "style", "noscript", "template", "svg", "canvas", "head", "title", "meta", "link", "base",
                "button", "select", "option", "optgroup", "textarea", "datalist", "progress", "meter", "keygen",
                "frameset", "frame", "noframes", "param", "track", "source", "applet", "colgroup", "col", "dialog",
                "wbr", "area", "map");
        assign(BOUNDARY, "html", "body", "div", "section", "article", "main", "header", "footer", "nav", "aside",
                "center", "address", "hgroup", "figure", "fieldset", "legend", "form", "dl", "dd", "details", "search", "tbody", "tfoot");
        assign(PARAGRAPH, "p", "figcaption");
        assign(TERM, "dt", "summary");
        assign(HEADING, "h1", "h2", "h3", "h4", "h5", "h6");
        assign(BLOCKQUOTE, "blockquote");
        assign(LIST, "ul", "ol", "menu", "dir");
        assign(ITEM, "li");
        assign(PRE, "pre", "listing", "xmp", "plaintext");
        assign(RULE, "hr");
        assign(TABLE, "table");
        assign(CAPTION, "caption");
        assign(TABLE_HEAD, "thead");
        assign(ROW, "tr");
        assign(CELL, "td", "th");
        assign(BREAK, "br");
        assign(IMAGE, "img");
        assign(EMBED, "iframe", "video", "audio", "embed", "object");
        assign(INPUT, "input");
        assign(QUOTE, "q");
        assign(EMPHASIS, "em", "i", "cite", "var", "dfn");
        assign(STRONG, "strong", "b");
        assign(DELETE, "del", "s", "strike");
        assign(CODE, "code", "kbd", "samp", "tt");
        assign(LINK, "a");
        assign(PRESENTATIONAL, "sub", "sup", "u", "ins", "mark", "small", "big", "abbr");
    }

    private static void assign(ElementRole role, String... tags) {
        for (String tag : tags) {
            ROLES.put(tag, role);
        }
    }

    /** The role of a lower-case tag name. */
    static ElementRole of(String tag) {
        return ROLES.getOrDefault(tag, TRANSPARENT);
    }

    /** Whether an element is hidden from readers: the {@code hidden} attribute or an inline {@code display: none}. */
    static boolean isHidden(Element element) {
        if (Attrs.has(element, "hidden")) {
            return true;
        }
        String style = Attrs.get(element, "style");
        return !style.isEmpty() && DISPLAY_NONE.matcher(style).find();
    }

    /** Whether an element is left out with its content. */
    static boolean isDropped(Element element) {
        return of(element.normalName()) == DROP || isHidden(element);
    }

    /** Whether this role ends the current paragraph where it starts and where it ends. */
    boolean isBlock() {
        return switch (this) {
            case BOUNDARY, PARAGRAPH, TERM, HEADING, BLOCKQUOTE, LIST, ITEM, PRE, RULE, TABLE, CAPTION, TABLE_HEAD, ROW,
                    CELL, EMBED -> true;
            default -> false;
        };
    }
}
