package org.articlekit.exporter.text;

import static org.articlekit.exporter.text.Trees.article;
import static org.articlekit.exporter.text.Trees.link;
import static org.articlekit.exporter.text.Trees.t;
import static org.articlekit.exporter.text.Trees.p;
import static org.articlekit.exporter.text.Trees.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.articlekit.exporter.internal.text.DisplayWidth;
import org.articlekit.exporter.internal.text.Kinsoku;
import org.junit.jupiter.api.Test;

/** Wrapping by display width, UAX #14 break opportunities and kinsoku. */
class TextLineBreakingTest {

    @Test
    void displayWidthCountsWideCharactersTwiceAndMarksNotAtAll() {
        assertEquals(1, DisplayWidth.of('a'));
        assertEquals(2, DisplayWidth.of('中'));
        assertEquals(2, DisplayWidth.of('，'));
        assertEquals(2, DisplayWidth.of('Ａ'));
        assertEquals(2, DisplayWidth.of('한'));
        assertEquals(2, DisplayWidth.of(0x1F600));
        assertEquals(1, DisplayWidth.of('ｱ'));
        assertEquals(0, DisplayWidth.of(0x0301));
        assertEquals(0, DisplayWidth.of(0x200B));
        assertEquals(0, DisplayWidth.of(0x00AD));
        assertEquals(2, DisplayWidth.of(0x20000));
        assertEquals(5, DisplayWidth.of("e\u0301中文"));
    }

    @Test
    void cjkBreaksBetweenCharactersToFillTheLine() {
        assertEquals("一二三四五六七八九十\n一二三四五\n", text(20, p("一二三四五六七八九十一二三四五")));
    }

    @Test
    void noLineStartsWithClosingPunctuation() {
        // the comma would be the 11th character of a 10-character line: the character before it goes down with it
        assertEquals("あいうえおかきくけ\nこ、さしすせそ\n", text(20, p("あいうえおかきくけこ、さしすせそ")));
        assertEquals("あいうえおかきくけ\nこー。\n", text(20, p("あいうえおかきくけこー。")));
        assertEquals("あいうえおかきくけ\nこっ\n", text(20, p("あいうえおかきくけこっ")));
    }

    @Test
    void noLineEndsWithOpeningPunctuation() {
        assertEquals("あいうえおかきくけ\n「こ」と\n", text(20, p("あいうえおかきくけ「こ」と")));
        assertEquals("一二三四五六七八九\n（十）\n", text(20, p("一二三四五六七八九（十）")));
    }

    @Test
    void latinBreaksAtSpacesAndLongWordsStandAlone() {
        String url = "https://example.com/" + "x".repeat(40);
        assertEquals("aaa bbb ccc\n" + url + "\nddd\n", text(20, p("aaa bbb ccc " + url + " ddd")));
        assertEquals("well-known words\n", text(16, p("well-known words")));
    }

    @Test
    void latinAndCjkMayBreakWhereTheyMeet() {
        assertEquals("我们使用\nJava开发\n", text(10, p("我们使用Java开发")));
    }

    @Test
    void koreanWordsStayWhole() {
        assertEquals("한국어 문장은\n띄어쓰기로\n나뉩니다\n", text(14, p("한국어 문장은 띄어쓰기로 나뉩니다")));
    }

    @Test
    void combiningMarksTakeNoColumn() {
        String word = "e\u0301".repeat(10);
        assertEquals(word + "\n" + word + "\n", text(10, p(word + " " + word)));
    }

    @Test
    void widthZeroNeverWraps() {
        String long1 = "中文".repeat(100) + " word".repeat(50);
        assertEquals(long1 + "\n", text(article(p(long1)), "width", "0"));
    }

    @Test
    void aUrlFollowedByCjkPunctuationIsNotBrokenInside() {
        String url = "https://example.com/a/very/long/path/that/goes/on/and/on/index.html";
        String out = text(30, p("见" + url + "。然后"));
        assertTrue(out.contains(url), out);
        for (String line : out.split("\n")) {
            assertTrue(line.isEmpty() || !Kinsoku.cannotStart().contains(line.substring(0, 1)), line);
        }
    }

    @Test
    void aUrlOfIdeographsIsNotBrokenBetweenThem() {
        String url = "https://zh.wikipedia.org/wiki/中文维基百科的首页";
        String out = text(article(p(t("参见"), link(url, "维基百科"), t("一二三四五六七八九十"))), "width", "24",
                "links", "inline");
        assertTrue(out.contains("<" + url + ">"), out);
    }

    @Test
    void aLongIdentifierBeforeCjkPunctuationIsSplitRatherThanBreakingKinsoku() {
        String identifier = "__iommu_dma_unmap->iommu_unmap_fast->(ops->unmap:arm_smmu_unmap)->arm_lpae_unmap";
        String out = text(80, p("调用" + identifier + "；我们进入函数"));
        for (String line : out.split("\n")) {
            assertTrue(DisplayWidth.of(line) <= 80, line);
            assertTrue(!line.startsWith("；"), line);
        }
        assertEquals(("调用" + identifier + "；我们进入函数\n").replace("\n", ""), out.replace("\n", ""));
    }
}
