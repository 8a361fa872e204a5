package org.articlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void keepsSourceOrderNullsAndNestedValuesAndCopiesDeeply() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("zeta", 1);
        source.put("alpha", null);
        List<Object> tags = new ArrayList<>(Arrays.asList("a", null));
        source.put("tags", tags);
        FrontMatter fm = new FrontMatter(source);
        tags.add("changed later");
        assertEquals(List.of("zeta", "alpha", "tags"), List.copyOf(fm.values().keySet()));
        assertEquals(1L, fm.get("zeta"));
        assertNull(fm.get("alpha"));
        assertEquals(2, ((List<?>) fm.get("tags")).size());
        assertThrows(UnsupportedOperationException.class, () -> fm.values().put("x", "y"));
    }

    @Test
    void rejectsValuesThatAreNotData() {
        assertThrows(IllegalArgumentException.class, () -> new FrontMatter(Map.of("when", new java.util.Date())));
    }

    @Test
    void refusesNestingDeeperThanTheLimitIncludingCycles() {
        Map<String, Object> deep = new LinkedHashMap<>();
        Map<String, Object> level = deep;
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            level.put("k", next);
            level = next;
        }
        assertThrows(IllegalArgumentException.class, () -> new FrontMatter(deep));
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThrows(IllegalArgumentException.class, () -> new FrontMatter(Map.of("a", cycle)));
    }
}
