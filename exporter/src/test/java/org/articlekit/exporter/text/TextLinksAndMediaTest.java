package org.articlekit.exporter.text;

import static org.articlekit.exporter.text.Trees.article;
import static org.articlekit.exporter.text.Trees.img;
import static org.articlekit.exporter.text.Trees.link;
import static org.articlekit.exporter.text.Trees.p;
import static org.articlekit.exporter.text.Trees.t;
import static org.articlekit.exporter.text.Trees.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.ExportException;
import org.articlekit.core.document.Embed;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.ExporterRegistry;
import org.junit.jupiter.api.Test;

/** Links, images and embeds under each option, and the options themselves. */
class TextLinksAndMediaTest {

    private static final Article LINKS = article(
            p(t("See "), link("https://a.example/x", "the docs"), t(" and "), link("https://b.example/", "this"),
                    t(", then "), link("https://a.example/x", "the docs again"), t(".")),
            p(img("https://img.example/cat.png", "a cat"), t(" "), link("https://img.example/cat.png",
                    img("https://img.example/cat.png", "linked cat"))),
            new Embed(Embed.Kind.VIDEO, "https://v.example/1.mp4", "Launch", null, null));

    @Test
    void linksKeepTheirTextAndListTheirUrlsOnceEachAtTheEnd() {
        assertEquals("""
                See the docs[1] and this[2], then the docs again[1].

                [image: a cat][3] [image: linked cat][3]

                [video: Launch][4]

                [1] https://a.example/x
                [2] https://b.example/
                [3] https://img.example/cat.png
                [4] https://v.example/1.mp4
                """, text(LINKS));
    }

    @Test
    void inlineLinksFollowTheirText() {
        assertEquals("""
                See the docs <https://a.example/x> and this <https://b.example/>, then the docs
                again <https://a.example/x>.

                [image: a cat] <https://img.example/cat.png> [image: linked cat]
                <https://img.example/cat.png>

                [video: Launch] <https://v.example/1.mp4>
                """, text(LINKS, "links", "inline"));
    }

    @Test
    void linksNoneKeepsOnlyTheText() {
        assertEquals("See the docs and this, then the docs again.\n\n[image: a cat] [image: linked cat]\n\n"
                + "[video: Launch]\n", text(LINKS, "links", "none"));
    }

    @Test
    void imagesNoneDropsImagesAndEmbeds() {
        assertEquals("See the docs[1] and this[2], then the docs again[1].\n\n[1] https://a.example/x\n"
                + "[2] https://b.example/\n", text(LINKS, "images", "none"));
    }

    @Test
    void aLinkWhoseTextIsItsUrlIsNotRepeated() {
        assertEquals("Go to https://c.example/p now.\n",
                text(article(p(t("Go to "), link("https://c.example/p", "https://c.example/p"), t(" now.")))));
    }

    @Test
    void scriptsFragmentsAndDataAreNeverListed() {
        String out = text(article(p(link("javascript:alert(1)", "click"), t(" "), link(" JaVa\tScript:x()", "here"),
                t(" "), link("#note-1", "1"), t(" "), img("data:image/png;base64,AAAA", "dot"))));
        assertEquals("click here 1 [image: dot]\n", out);
    }

    @Test
    void markersStickToTheLinkTextAndAUrlIsNeverBroken() {
        String url = "https://example.com/a/very/long/path/that/goes/on/and/on/index.html?x=1";
        String out = text(article(p(t("Some words "), link("https://x.example", "here"), t(" and a long "),
                link(url, "link"), t(" then "), link(url + "2", "中文链接"), t("。"))), "width", "20", "links", "inline");
        for (String line : out.split("\n")) {
            assertEquals(line.chars().filter(c -> c == '<').count(), line.chars().filter(c -> c == '>').count(), line);
        }
        assertTrue(out.contains("\n<" + url + ">\n"), out);
        assertTrue(out.contains("<" + url + "2>。"), out);
    }

    @Test
    void spacesAndAngleBracketsInUrlsAreEncoded() {
        assertEquals("x[1]\n\n[1] https://e.example/a%20b?q=%3Cscript%3E\n",
                text(article(p(link("https://e.example/a b?q=<script>", "x")))));
    }

    @Test
    void badOptionsAreRejectedByName() {
        ExportException width = assertThrows(ExportException.class,
                () -> new TextExporter(ExportOptions.builder().put("width", "5").build()));
        assertTrue(width.getMessage().contains("width=5"), width.getMessage());
        ExportException links = assertThrows(ExportException.class,
                () -> new TextExporter(ExportOptions.builder().put("links", "footnote").build()));
        assertTrue(links.getMessage().contains("end, inline, none"), links.getMessage());
        assertThrows(ExportException.class, () -> new TextExporter(ExportOptions.builder().put("header", "maybe").build()));
    }

    @Test
    void theProviderIsFoundAsTextAndTxtAndDocumentsItsOptions() {
        ExporterRegistry registry = ExporterRegistry.of(List.of(new TextExporterProvider()));
        assertEquals("text", registry.require("txt").name());
        List<String> help = registry.require("text").optionHelp();
        for (String option : List.of("width", "links", "images", "header")) {
            assertTrue(help.stream().anyMatch(h -> h.startsWith(option + ":")), option);
        }
        assertEquals("txt", registry.require("text").create(ExportOptions.DEFAULTS).extension());
    }
}
