package org.articlekit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Document;
import org.junit.jupiter.api.Test;

class NamePatternTest {

    private static NameFacts facts(Metadata metadata, String relative) {
        Article article = new Article(Source.of(relative), metadata, new Document(List.of()), "", List.of());
        return NameFacts.of(article, new InputFile(Path.of(relative), relative));
    }

    @Test
    void laysOutByDateAndSlug() {
        Metadata m = Metadata.builder().title("Hello, World").date(OffsetDateTime.parse("2021-06-09T05:40:00Z"))
                .categories(List.of("Tech/Java")).authors(List.of("Ada L.")).build();
        NamePattern p = NamePattern.parse("${year}/${month}/${day}-${slug}.${ext}");
        assertEquals("2021/06/09-hello-world.md", p.render(facts(m, "posts/a.html"), "md"));
        assertEquals("tech-java/ada-l/a.json",
                NamePattern.parse("${category}/${author}/${name}.${ext}").render(facts(m, "posts/a.html"), "json"));
    }

    @Test
    void missingValuesHaveStableFallbacks() {
        NamePattern p = NamePattern.parse("${year}/${category}/${author}/${slug}.${ext}");
        assertEquals("undated/uncategorized/anonymous/my-post.md", p.render(facts(Metadata.EMPTY, "My Post.md"), "md"));
    }

    @Test
    void hostileMetadataNeverLeavesTheFolder() {
        Metadata m = Metadata.builder().slug("../../etc/passwd").title("..").categories(List.of("..")).build();
        String path = NamePattern.parse("${category}/${slug}.${ext}").render(facts(m, "x.md"), "md");
        assertEquals("uncategorized/etc-passwd.md", path);
        String literal = NamePattern.parse("../${name}.${ext}").render(facts(Metadata.EMPTY, "x.md"), "md");
        assertTrue(!literal.startsWith("..") && !literal.contains("/../"), literal);
    }

    @Test
    void longTitlesAreCappedInBytes() {
        Metadata m = Metadata.builder().title("长".repeat(300)).build();
        String path = NamePattern.parse("${slug}.${ext}").render(facts(m, "x.md"), "markdown");
        assertTrue(path.getBytes(StandardCharsets.UTF_8).length <= 255, path);
        assertTrue(path.endsWith(".markdown"), path);
    }

    @Test
    void unknownPlaceholdersAndAbsolutePatternsAreUsageErrors() {
        UsageException e = assertThrows(UsageException.class, () -> NamePattern.parse("${yaer}/${slug}"));
        assertTrue(e.getMessage().contains("${yaer}"), e.getMessage());
        assertThrows(UsageException.class, () -> NamePattern.parse("/abs/${slug}"));
        assertThrows(UsageException.class, () -> NamePattern.parse(" "));
    }
}
