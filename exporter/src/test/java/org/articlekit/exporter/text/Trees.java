package org.articlekit.exporter.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Text;
import org.articlekit.exporter.ExportOptions;

/** Short builders for document trees, and rendering helpers, for the text exporter's tests. */
final class Trees {

    private Trees() {
    }

    static Text t(String value) {
        return new Text(value);
    }

    static Paragraph p(Inline... inlines) {
        return new Paragraph(List.of(inlines));
    }

    static Paragraph p(String text) {
        return p(t(text));
    }

    static Heading h(int depth, String text) {
        return new Heading(depth, List.of(t(text)));
    }

    static Emphasis em(Inline... inlines) {
        return new Emphasis(List.of(inlines));
    }

    static Strong strong(Inline... inlines) {
        return new Strong(List.of(inlines));
    }

    static Link link(String url, Inline... inlines) {
        return new Link(url, null, List.of(inlines));
    }

    static Link link(String url, String text) {
        return link(url, t(text));
    }

    static Image img(String url, String alt) {
        return Image.of(url, alt);
    }

    static Break br() {
        return new Break();
    }

    static Code code(String value) {
        return new Code(null, null, value);
    }

    static Blockquote quote(Block... blocks) {
        return new Blockquote(List.of(blocks));
    }

    static ListItem li(Block... blocks) {
        return new ListItem(null, List.of(blocks));
    }

    static ListItem task(boolean done, Block... blocks) {
        return new ListItem(done, List.of(blocks));
    }

    static ListBlock ul(ListItem... items) {
        return ListBlock.of(false, 1, List.of(items));
    }

    static ListBlock ol(int start, ListItem... items) {
        return ListBlock.of(true, start, List.of(items));
    }

    static Article article(Block... blocks) {
        return article(Metadata.EMPTY, blocks);
    }

    static Article article(Metadata metadata, Block... blocks) {
        return new Article(Source.of("test.html"), metadata, new Document(Arrays.asList(blocks)), "", List.of());
    }

    /** The article as text with default options. */
    static String text(Article article) {
        return new TextExporter().render(article);
    }

    /** The article as text with {@code options} given as key, value, key, value … */
    static String text(Article article, String... options) {
        ExportOptions.Builder builder = ExportOptions.builder();
        for (int i = 0; i < options.length; i += 2) {
            builder.put(options[i], options[i + 1]);
        }
        return new TextExporter(builder.build()).render(article);
    }

    /** The blocks as text at {@code width} columns, without header. */
    static String text(int width, Block... blocks) {
        return text(article(blocks), "width", Integer.toString(width));
    }

    static Map<String, String> opts(String... kv) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
