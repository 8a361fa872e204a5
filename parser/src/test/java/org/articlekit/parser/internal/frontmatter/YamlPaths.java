package org.articlekit.parser.internal.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.articlekit.core.Diagnostic;
import org.articlekit.parser.internal.Diagnostics;

/**
 * The two ways a YAML front matter is read — the hand-written fast path for flat blocks and snakeyaml — called
 * apart, so that tests can check they agree.
 */
final class YamlPaths {

    /** The settings {@code ArticleParser.create()} reads with. */
    static final FrontMatterSettings DEFAULTS = new FrontMatterSettings(1024 * 1024, 50, 50, 100_000, false);

    /** What snakeyaml made of a block: content and diagnostics, or what it threw. */
    record Snake(FrontMatterContent content, List<Diagnostic> diagnostics, RuntimeException thrown) {
    }

    private YamlPaths() {
    }

    /** The fast path's reading, or {@code null} when it leaves the block to snakeyaml. */
    static FrontMatterContent fast(String source, int firstLine, FrontMatterSettings settings) {
        return FlatYaml.read(source, firstLine, settings);
    }

    static Snake snakeyaml(String source, int firstLine, FrontMatterSettings settings) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            FrontMatterContent content = YamlReader.parseWithSnakeyaml(source, firstLine, settings, diagnostics);
            return new Snake(content, diagnostics.list(), null);
        } catch (RuntimeException e) {
            return new Snake(null, diagnostics.list(), e);
        }
    }

    /**
     * Asserts that snakeyaml reads {@code source} exactly as the fast path did: no exception, no diagnostic, the
     * same keys in the same order, the same values of the same classes, the same positions.
     */
    static void assertSnakeyamlAgrees(String label, String source, int firstLine, FrontMatterSettings settings,
            FrontMatterContent fast) {
        Snake snake = snakeyaml(source, firstLine, settings);
        String context = label + " — the fast path accepted:\n" + source;
        assertNull(snake.thrown(), () -> context + "\nbut snakeyaml threw " + snake.thrown());
        assertEquals(List.of(), snake.diagnostics(), () -> context + "\nbut snakeyaml reported");
        assertEquals(typed(snake.content().values().values()), typed(fast.values().values()), context);
        assertEquals(snake.content().positions(), fast.positions(), context);
        assertEquals(snake.content().firstLine(), fast.firstLine(), context);
        assertEquals(snake.content(), fast, context);
    }

    /** A value written with the class of every part, so that 1 and "1", or 1.0 and 1.00, differ. */
    static String typed(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + typed(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlPaths::typed).collect(Collectors.joining(", ", "[", "]"));
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }
}
