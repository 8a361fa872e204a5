package org.articlekit.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.Metadata;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Text;
import org.articlekit.parser.internal.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Turns an HTML body into a {@link Document}. (Walking skeleton: paragraphs, headings, images, links.) */
public final class HtmlBodyReader {

    private HtmlBodyReader() {
    }

    public static Document read(String html, int firstLine, Metadata metadata, HtmlSettings settings,
            Diagnostics diagnostics) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<Block> blocks = new ArrayList<>();
        List<Inline> pending = new ArrayList<>();
        collect(body, blocks, pending);
        flush(blocks, pending);
        return new Document(blocks);
    }

    private static void collect(Element element, List<Block> blocks, List<Inline> pending) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String value = text.text();
                if (!value.isBlank() || !pending.isEmpty()) {
                    pending.add(new Text(pending.isEmpty() ? value.stripLeading() : value));
                }
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.matches("h[1-6]")) {
                    flush(blocks, pending);
                    blocks.add(new Heading(tag.charAt(1) - '0', inlines(e)));
                } else if (tag.equals("p")) {
                    flush(blocks, pending);
                    List<Inline> content = inlines(e);
                    if (!content.isEmpty()) {
                        blocks.add(new Paragraph(content));
                    }
                } else if (tag.equals("img")) {
                    flush(blocks, pending);
                    blocks.add(new Paragraph(List.of(image(e))));
                } else if (isInline(tag)) {
                    pending.addAll(inlines(e));
                } else {
                    flush(blocks, pending);
                    collect(e, blocks, pending);
                    flush(blocks, pending);
                }
            }
        }
    }

    private static boolean isInline(String tag) {
        return switch (tag) {
            case "a", "em", "i", "strong", "b", "span", "br" -> true;
            default -> false;
        };
    }

    private static List<Inline> inlines(Element element) {
        List<Inline> out = new ArrayList<>();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.add(new Text(text.text()));
            } else if (child instanceof Element e) {
                switch (e.normalName()) {
                    case "br" -> out.add(new Break());
                    case "img" -> out.add(image(e));
                    case "a" -> out.add(new Link(e.attr("href"), null, inlines(e)));
                    case "em", "i" -> out.add(new Emphasis(inlines(e)));
                    case "strong", "b" -> out.add(new Strong(inlines(e)));
                    default -> out.addAll(inlines(e));
                }
            }
        }
        return trim(out);
    }

    private static Image image(Element img) {
        String url = img.hasAttr("data-original") ? img.attr("data-original") : img.attr("src");
        return Image.of(url, img.attr("alt"));
    }

    private static void flush(List<Block> blocks, List<Inline> pending) {
        List<Inline> content = trim(pending);
        if (!content.isEmpty()) {
            blocks.add(new Paragraph(content));
        }
        pending.clear();
    }

    private static List<Inline> trim(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines);
        if (!out.isEmpty() && out.get(0) instanceof Text t) {
            out.set(0, new Text(t.value().stripLeading()));
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text t) {
            out.set(out.size() - 1, new Text(t.value().stripTrailing()));
        }
        out.removeIf(i -> i instanceof Text t && t.value().isEmpty());
        return out;
    }
}
