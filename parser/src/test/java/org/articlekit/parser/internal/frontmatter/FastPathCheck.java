package org.articlekit.parser.internal.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.FrontMatterFormat;
import org.articlekit.parser.internal.Diagnostics;
import org.articlekit.parser.RepositoryFiles;
import org.articlekit.parser.internal.text.TextDecoder;

/**
 * What the fast paths' differential tests share: the real front-matter blocks at hand (the seeds, every module's
 * test resources and, found by the tests, the shared corpus), generated blocks, and the run of a fast path over
 * them with each block it accepts checked against the full parser.
 */
final class FastPathCheck {

    /** How many blocks of a format the files held, and how many of them the fast path accepted. */
    record Tally(int blocks, int accepted) {

        int leftOver() {
            return blocks - accepted;
        }
    }

    /** A fast path: its reading of a block, or null when it leaves the block to the full parser. */
    interface FastPath {
        FrontMatterContent read(String source, int firstLine, FrontMatterSettings settings);
    }

    /** Asserts that the full parser reads the block exactly as the fast path did. */
    interface Agreement {
        void check(String label, String source, int firstLine, FrontMatterSettings settings,
                FrontMatterContent fast);
    }

    /** A full parser's reading of a block, diagnostics reported to the given list. */
    interface FullPath {
        FrontMatterContent read(String source, int firstLine, FrontMatterSettings settings,
                Diagnostics diagnostics);
    }

    /** What a full parser made of a block: content and diagnostics, or what it threw. */
    record FullReading(FrontMatterContent content, List<Diagnostic> diagnostics, RuntimeException thrown) {
    }

    /** The settings {@code ArticleParser.create()} reads with. */
    static final FrontMatterSettings DEFAULTS = new FrontMatterSettings(1024 * 1024, 50, 50, 100_000, false);

    private FastPathCheck() {
    }

    /** Runs a full parser on a block. */
    static FullReading full(FullPath path, String source, int firstLine, FrontMatterSettings settings) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            FrontMatterContent content = path.read(source, firstLine, settings, diagnostics);
            return new FullReading(content, diagnostics.list(), null);
        } catch (RuntimeException e) {
            return new FullReading(null, diagnostics.list(), e);
        }
    }

    /**
     * Asserts that the full parser called {@code name} reads {@code source} exactly as the fast path did: no
     * exception, no diagnostic, the same keys in the same order, the same values of the same classes, the same
     * positions.
     */
    static void assertAgrees(String name, FullPath path, String label, String source, int firstLine,
            FrontMatterSettings settings, FrontMatterContent fast) {
        FullReading full = full(path, source, firstLine, settings);
        String context = label + " — the fast path accepted:\n" + source;
        assertNull(full.thrown(), () -> context + "\nbut " + name + " threw " + full.thrown());
        assertEquals(List.of(), full.diagnostics(), () -> context + "\nbut " + name + " reported");
        assertEquals(typed(full.content().values().values()), typed(fast.values().values()), context);
        assertEquals(full.content().positions(), fast.positions(), context);
        assertEquals(full.content().firstLine(), fast.firstLine(), context);
        assertEquals(full.content(), fast, context);
    }

    /** A value written with the class of every part, in order, so that 1 and "1", or 1.0 and 1.00, differ. */
    static String typed(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + typed(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FastPathCheck::typed).collect(Collectors.joining(", ", "[", "]"));
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    /** The seeds and every file under a {@code src/test/resources} folder of the repository. */
    static List<Path> repositoryFiles() throws IOException {
        return RepositoryFiles.list();
    }

    static List<Path> regularFiles(Path root) throws IOException {
        return RepositoryFiles.regularFiles(root);
    }

    /** The front matter of a file when it is in {@code format} and not blank, else null. */
    static FrontMatterBlock block(Path file, FrontMatterFormat format) throws IOException {
        Diagnostics ignored = new Diagnostics();
        String text = TextDecoder.decode(Files.readAllBytes(file), ignored);
        FrontMatterBlock block = FrontMatterSplitter.split(text, false, ignored);
        return block.format() == format && !block.source().isBlank() ? block : null;
    }

    /** Runs the fast path on every block of {@code format} in the files; each block it accepts is checked. */
    static Tally compare(List<Path> files, FrontMatterFormat format, FastPath fast, Agreement agreement)
            throws IOException {
        int blocks = 0;
        int accepted = 0;
        for (Path file : files) {
            FrontMatterBlock block = block(file, format);
            if (block == null) {
                continue;
            }
            blocks++;
            FrontMatterContent content = fast.read(block.source(), block.firstLine(), DEFAULTS);
            if (content != null) {
                accepted++;
                agreement.check(file.toString(), block.source(), block.firstLine(), DEFAULTS, content);
            }
        }
        return new Tally(blocks, accepted);
    }

    /**
     * Runs the fast path on {@code count} generated blocks, one in eight under tight limits; each block it accepts
     * is checked. Returns how many it accepted.
     */
    static int compareGenerated(Random random, int count, Function<Random, String> blocks,
            Function<Random, FrontMatterSettings> tightSettings, FastPath fast, Agreement agreement) {
        int accepted = 0;
        for (int n = 0; n < count; n++) {
            String source = blocks.apply(random);
            int firstLine = 1 + random.nextInt(3);
            FrontMatterSettings settings = random.nextInt(8) == 0 ? tightSettings.apply(random) : DEFAULTS;
            FrontMatterContent content = fast.read(source, firstLine, settings);
            if (content != null) {
                accepted++;
                agreement.check("generated block " + n + " with " + settings, source, firstLine, settings, content);
            }
        }
        return accepted;
    }

    /** One of {@code choices}, at random. */
    static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
