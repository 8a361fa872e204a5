package org.articlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.IsoDates;
import org.articlekit.core.Metadata;
import org.articlekit.exporter.json.JsonArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article, end to end through the real command line. */
class WalkingSkeletonTest {

    private static final Path SEED = Path.of("..", "seeds", "000_88a5f9ebf2cb9794.txt");

    @Test
    void seedToJsonCarriesItsMetadata(@TempDir Path out) throws Exception {
        int status = Main.commandLine().execute("convert", SEED.toString(), "--to", "json", "-o", out.toString());
        assertEquals(0, status);
        String json = Files.readString(out.resolve("000_88a5f9ebf2cb9794.json"));
        Article article = JsonArticleReader.create().read(json);
        Metadata metadata = article.metadata();
        assertEquals("在推进青藏高原生态保护和高质量发展上取得新成就", metadata.title());
        assertEquals("2021-06-09T05:40:00Z", IsoDates.format(metadata.date()));
        assertEquals(List.of("新媒体", "ZAKER", "source"), metadata.categories());
        assertEquals(List.of("ZAKER"), metadata.authors());
        assertTrue(json.contains("\"date\": \"2021-06-09T05:40:00Z\""), json);
    }

    @Test
    void seedToMarkdownShowsItsThreeImagesInOrder(@TempDir Path out) throws Exception {
        assertEquals(0, Main.commandLine().execute("convert", SEED.toString(), "--to", "md", "-o", out.toString()));
        String md = Files.readString(out.resolve("000_88a5f9ebf2cb9794.md"));
        int first = md.indexOf("](http://zkres1.myzaker.com/202106/60c0c4d08e9f091b044492d6_1024.jpg");
        int second = md.indexOf("](http://zkres1.myzaker.com/202106/60c0c4d08e9f091b044492d7_1024.jpg");
        int third = md.indexOf("](http://zkres2.myzaker.com/202106/60c0c4d08e9f091b044492d8_1024.jpg");
        assertTrue(first > 0 && second > first && third > second, md);
        assertTrue(md.contains("启航新征程，赓续新荣光。"), md);
    }
}
