package org.articlekit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void capsByBytesBetweenCodePoints() {
        String cjk = "中".repeat(100); // 300 bytes
        String capped = FileNames.capBytes(cjk, 200);
        assertEquals(66, capped.length());
        assertTrue(capped.getBytes(StandardCharsets.UTF_8).length <= 200);
        String emoji = "😀".repeat(10); // 4 bytes each, surrogate pairs
        assertEquals("😀".repeat(2), FileNames.capBytes(emoji, 11));
    }

    @Test
    void extensionIsKeptWhenTheStemIsShortened() {
        String name = FileNames.withExtension("文".repeat(90), "markdown");
        assertTrue(name.endsWith(".markdown"), name);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
    }

    @Test
    void segmentsAreSafeEverywhere() {
        assertEquals("_", FileNames.safeSegment("..", 200));
        assertEquals("_", FileNames.safeSegment("", 200));
        assertEquals("_hidden", FileNames.safeSegment(".hidden", 200));
        assertEquals("a-b-c-d", FileNames.safeSegment("a:b/c?d", 200));
        assertEquals("trailing", FileNames.safeSegment("trailing. . ", 200));
        assertEquals("_CON.md", FileNames.safeSegment("CON.md", 200));
        assertEquals("x[1]#% 'q'", FileNames.safeSegment("x[1]#% 'q'", 200));
        assertEquals("tab-", FileNames.safeSegment("tab\t", 200).strip());
    }

    @Test
    void stemDropsOnlyTheLastExtension() {
        assertEquals("a.b", FileNames.stem("a.b.md"));
        assertEquals(".profile", FileNames.stem(".profile"));
        assertEquals("README", FileNames.stem("README"));
    }
}
