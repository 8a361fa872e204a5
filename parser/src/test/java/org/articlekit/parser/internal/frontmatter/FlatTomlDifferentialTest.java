package org.articlekit.parser.internal.frontmatter;

import static org.articlekit.parser.internal.frontmatter.FastPathCheck.pick;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.articlekit.core.FrontMatterFormat;
import org.articlekit.parser.SharedCorpus;
import org.articlekit.parser.internal.frontmatter.FastPathCheck.Tally;
import org.junit.jupiter.api.Test;

/**
 * The fast path for flat TOML must read every block it accepts exactly as the Jackson path does. Checked on every
 * real TOML front matter at hand — seeds, test resources of every module and the shared corpus — and on
 * thousands of blocks built from lines that are easy to get wrong.
 */
class FlatTomlDifferentialTest {

    @Test
    void realFrontMattersOfTheRepositoryReadAsJacksonReadsThem() throws IOException {
        Tally tally = compare(FastPathCheck.repositoryFiles());
        System.out.printf("flat TOML fast path, seeds and test resources: %d of %d TOML blocks accepted,"
                + " %d left to Jackson%n", tally.accepted(), tally.blocks(), tally.leftOver());
        // measured: 4 of 5 (toml-broken is broken; the seed and toml-params have a [params] table, read since
        // the fast path took table headers)
        assertTrue(tally.blocks() >= 4, "too few TOML blocks found: " + tally.blocks());
        assertTrue(tally.accepted() >= 4, "accepted only " + tally.accepted());
    }

    @Test
    void realFrontMattersOfTheSharedCorpusReadAsJacksonReadsThem() throws IOException {
        Path root = SharedCorpus.find();
        assumeTrue(root != null, "no shared corpus beside the project");
        Tally tally = compare(FastPathCheck.regularFiles(root));
        System.out.printf("flat TOML fast path, shared corpus: %d of %d TOML blocks accepted, %d left to"
                + " Jackson%n", tally.accepted(), tally.blocks(), tally.leftOver());
        assumeTrue(tally.blocks() > 0, "no TOML front matter in the shared corpus");
        // measured: all 40 TOML blocks of the corpus are flat; far fewer would mean the fast path stopped paying
        assertTrue(tally.accepted() * 100 >= tally.blocks() * 90, tally.accepted() + " of " + tally.blocks());
    }

    @Test
    void generatedBlocksReadAsJacksonReadsThem() {
        Random random = new Random(20240609L);
        int blocks = 10_000;
        int accepted = FastPathCheck.compareGenerated(random, blocks, Generated::block, Generated::tightSettings,
                TomlPaths::fast, TomlPaths::assertJacksonAgrees);
        System.out.printf("flat TOML fast path, generated: %d of %d blocks accepted%n", accepted, blocks);
        // both ways must be exercised, or the comparison proves little
        assertTrue(accepted >= blocks / 5 && accepted <= blocks * 4 / 5, accepted + " of " + blocks);
    }

    private static Tally compare(List<Path> files) throws IOException {
        return FastPathCheck.compare(files, FrontMatterFormat.TOML, TomlPaths::fast, TomlPaths::assertJacksonAgrees);
    }

    /** Blocks made from the lines, keys and values a flat-TOML reader can get wrong. */
    private static final class Generated {

        private static final String[] KEYS = {"title", "date", "tags", "draft", "weight", "a-b", "a_b", "_x", "x1",
            "1", "123", "-", "true", "Title", "key_with-dashes_0", "a.b", "\"q\"", "'q'", "\"a.b\"", "a . b",
            "标题", "\"\"", "a b"};

        private static final String[] VALUES = {"\"quoted\"", "\"with \\\"escape\\\"\"", "\"tab\\t\"", "\"\"",
            "''", "'literal'", "'it\\s'", "'a\"b'", "\"a'b\"", "\"a#b\"", "'a # b'", "\"unclosed", "'unclosed",
            "\"\"\"multi\"\"\"", "'''multi'''", "\"a\" \"b\"", "\"a\"x", "0", "-0", "-1", "1", "42", "007", "00",
            "+5", "-", "1_000", "123456789", "-123456789", "1234567890", "2147483647", "2147483648",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "99999999999999999999999",
            "0x1F", "0o17", "0b1", "1.0", "1.", ".5", "1e3", "-1.5e3", "inf", "nan", "true", "false", "True",
            "FALSE", "yes", "2021-06-09", "2021-06-09T05:40:00Z", "2021-06-09T05:40:00",
            "2021-06-09T05:40:00+08:00", "2021-06-09T05:40:00-05:30", "2021-06-09 05:40:00+08:00",
            "2021-06-09T05:40:00.000Z", "2021-06-09t05:40:00z", "2021-13-45", "2021-6-9", "05:40:00",
            "2021-06-09T05:40Z", "[]", "[ ]", "[\"a\"]", "[\"a\", 'b']", "[ \"a\" , \"b\" ]", "[\"a\",]",
            "[1, 2]", "[\"a\", 1]", "[true]", "[[\"a\"]]", "[\"a\" \"b\"]", "[\"a\"", "[\"a\"]]", "[,]",
            "[\"a\\\"b\"]", "[\n  \"a\",\n  \"b\"\n]", "{a = 1}", "{}", "\"x\" # trailing comment",
            "1 # c", "[\"a\"] # c", "\"在推进青藏高原生态保护\"", "'読書 ノート'", "\"emoji 😀 ok\"", "bare",
            "\"a\tb\"", "\"a\rb\"", "\"\u00a0nbsp\"", "\"\u3000full\"", "\"a\u0085b\"", "\"a\u2028b\"",
            "\"a\ufeffb\"", ""};

        /** Values of real blocks, for the blocks around the tricky ones to be readable. */
        private static final String[] COMMON_VALUES = {"\"Hello world\"", "\"在推进青藏高原生态保护\"", "false",
            "true", "10", "-3", "\"2017-05-08 06:51:03+05:30\"", "2011-07-18T15:04:20Z", "2011-07-19",
            "'https://example.org/a.jpg'", "[\"haiku\",\"gsoc2017\",\"gsoc\",\"Google Summer of Code\"]", "[]",
            "\"blog\"", "\"a = b\""};

        private static final String[] OTHER_LINES = {"", "", "   ", "# comment", "  # indented comment", "#",
            "[params]", "[[items]]", "[ params ]", "[a.b]", "  x = 1", "x", "=", "a.b = 1", "\"q\" = 1",
            "key=1", "key =1", "\tx = 1", "a = 1 = 2", "a = \"x\"\r", "\ufeffa = 1", "+++", "---"};

        /** Table headers, most of the kind the fast path reads, some it must leave to Jackson. */
        private static final String[] HEADERS = {"[params]", "[params]", "[author]", "  [params]", "[params]  ",
            "[title0]", "[tags1]", "[params] # c", "[ params ]", "[a.b]", "[[items]]", "[\"q\"]", "[]", "[params",
            "[x]]", "[params]x", "[标题]"};

        static String block(Random random) {
            StringBuilder out = new StringBuilder();
            int entries = 1 + random.nextInt(6);
            for (int e = 0; e < entries; e++) {
                if (random.nextInt(20) == 0) {
                    out.append(pick(random, OTHER_LINES)).append('\n');
                    continue;
                }
                if (random.nextInt(6) == 0) {
                    out.append(pick(random, HEADERS)).append('\n');
                }
                // mostly the keys of real blocks, now and then a repeated or odd one
                String key = random.nextInt(5) == 0 ? pick(random, KEYS) : KEYS[random.nextInt(5)] + e;
                if (random.nextInt(25) == 0 && e > 0) {
                    key = KEYS[random.nextInt(5)] + (e - 1);
                }
                out.append(random.nextInt(15) == 0 ? "  " : "").append(key)
                        .append(random.nextInt(10) == 0 ? "=" : " = ")
                        .append(random.nextInt(10) == 0 ? "  " : "")
                        .append(random.nextInt(4) == 0 ? pick(random, VALUES) : pick(random, COMMON_VALUES))
                        .append(random.nextInt(8) == 0 ? "  " : "").append('\n');
                if (random.nextInt(10) == 0) {
                    out.append(pick(random, OTHER_LINES)).append('\n');
                }
            }
            // the splitter always ends a block with a line end; other callers need not
            if (random.nextInt(6) == 0) {
                out.setLength(out.length() - 1);
            }
            return out.toString();
        }

        /** Limits small enough for the generated blocks to reach them. */
        static FrontMatterSettings tightSettings(Random random) {
            return new FrontMatterSettings(40 + random.nextInt(400), 50, 1 + random.nextInt(3),
                    2 + random.nextInt(12), false);
        }
    }
}
