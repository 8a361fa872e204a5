package org.articlekit.parser.internal.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.articlekit.core.Diagnostic;
import org.articlekit.parser.internal.Diagnostics;

/**
 * The two ways a TOML front matter is read — the hand-written fast path for flat blocks and Jackson — called
 * apart, so that tests can check they agree.
 */
final class TomlPaths {

    /** What the Jackson path made of a block: content and diagnostics, or what it threw. */
    record Jackson(FrontMatterContent content, List<Diagnostic> diagnostics, RuntimeException thrown) {
    }

    private TomlPaths() {
    }

    /** The fast path's reading, or {@code null} when it leaves the block to Jackson. */
    static FrontMatterContent fast(String source, int firstLine, FrontMatterSettings settings) {
        return FlatToml.read(source, firstLine, settings);
    }

    static Jackson jackson(String source, int firstLine, FrontMatterSettings settings) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            FrontMatterContent content = TomlReader.readWithJackson(source, firstLine, settings, diagnostics);
            return new Jackson(content, diagnostics.list(), null);
        } catch (RuntimeException e) {
            return new Jackson(null, diagnostics.list(), e);
        }
    }

    /**
     * Asserts that the Jackson path reads {@code source} exactly as the fast path did: no exception, no
     * diagnostic, the same keys in the same order, the same values of the same classes, the same positions.
     */
    static void assertJacksonAgrees(String label, String source, int firstLine, FrontMatterSettings settings,
            FrontMatterContent fast) {
        Jackson jackson = jackson(source, firstLine, settings);
        String context = label + " — the fast path accepted:\n" + source;
        assertNull(jackson.thrown(), () -> context + "\nbut Jackson threw " + jackson.thrown());
        assertEquals(List.of(), jackson.diagnostics(), () -> context + "\nbut Jackson reported");
        assertEquals(YamlPaths.typed(jackson.content().values().values()), YamlPaths.typed(fast.values().values()),
                context);
        assertEquals(List.copyOf(jackson.content().values().values().keySet()),
                List.copyOf(fast.values().values().keySet()), context);
        assertEquals(jackson.content().positions(), fast.positions(), context);
        assertEquals(jackson.content().firstLine(), fast.firstLine(), context);
        assertEquals(jackson.content(), fast, context);
    }
}
