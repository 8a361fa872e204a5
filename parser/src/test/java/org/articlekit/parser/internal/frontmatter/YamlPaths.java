package org.articlekit.parser.internal.frontmatter;

/** The two ways a YAML front matter is read — the fast path for flat blocks and snakeyaml — called apart. */
final class YamlPaths {

    private YamlPaths() {
    }

    /** The fast path's reading, or {@code null} when it leaves the block to snakeyaml. */
    static FrontMatterContent fast(String source, int firstLine, FrontMatterSettings settings) {
        return FlatYaml.read(source, firstLine, settings);
    }

    static FastPathCheck.FullReading snakeyaml(String source, int firstLine, FrontMatterSettings settings) {
        return FastPathCheck.full(YamlReader::parseWithSnakeyaml, source, firstLine, settings);
    }

    /** Asserts that snakeyaml reads {@code source} exactly as the fast path did (see FastPathCheck.assertAgrees). */
    static void assertSnakeyamlAgrees(String label, String source, int firstLine, FrontMatterSettings settings,
            FrontMatterContent fast) {
        FastPathCheck.assertAgrees("snakeyaml", YamlReader::parseWithSnakeyaml, label, source, firstLine, settings,
                fast);
    }
}
