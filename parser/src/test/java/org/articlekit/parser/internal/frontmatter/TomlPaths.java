package org.articlekit.parser.internal.frontmatter;

/** The two ways a TOML front matter is read — the fast path for flat blocks and Jackson — called apart. */
final class TomlPaths {

    private TomlPaths() {
    }

    /** The fast path's reading, or {@code null} when it leaves the block to Jackson. */
    static FrontMatterContent fast(String source, int firstLine, FrontMatterSettings settings) {
        return FlatToml.read(source, firstLine, settings);
    }

    /** Asserts that Jackson reads {@code source} exactly as the fast path did ({@link FastPathCheck#assertAgrees}). */
    static void assertJacksonAgrees(String label, String source, int firstLine, FrontMatterSettings settings,
            FrontMatterContent fast) {
        FastPathCheck.assertAgrees("Jackson", TomlReader::readWithJackson, label, source, firstLine, settings, fast);
    }
}
