package org.articlekit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void latinTitlesBecomeLowerCaseWordsWithDashes() {
        assertEquals("hello-world-2021", Slugs.slugify("  Hello, World! (2021) "));
        assertEquals("c-and-java", Slugs.slugify("C++ and Java"));
    }

    @Test
    void cjkIsKept() {
        assertEquals("在推进青藏高原生态保护", Slugs.slugify("在推进青藏高原生态保护"));
        assertEquals("日本語-テスト", Slugs.slugify("日本語 / テスト"));
    }

    @Test
    void nothingButPunctuationGivesEmpty() {
        assertEquals("", Slugs.slugify("../..//\\"));
    }

    @Test
    void randomTitlesGiveSafeCappedSlugs() {
        Random random = new Random(8);
        for (int i = 0; i < 2000; i++) {
            StringBuilder title = new StringBuilder();
            int length = random.nextInt(400);
            for (int j = 0; j < length; j++) {
                int pick = random.nextInt(4);
                title.appendCodePoint(switch (pick) {
                    case 0 -> 0x20 + random.nextInt(0x5f);
                    case 1 -> 0x4e00 + random.nextInt(0x5000);
                    case 2 -> random.nextInt(0x20);
                    default -> 0x1f600 + random.nextInt(0x40);
                });
            }
            String slug = Slugs.slugify(title.toString());
            assertTrue(slug.getBytes(StandardCharsets.UTF_8).length <= Slugs.MAX_SLUG_BYTES, slug);
            assertFalse(slug.startsWith("-") || slug.endsWith("-") || slug.contains(".."), slug);
            for (char forbidden : "<>:\"/\\|?*.".toCharArray()) {
                assertFalse(slug.indexOf(forbidden) >= 0, slug);
            }
        }
    }
}
