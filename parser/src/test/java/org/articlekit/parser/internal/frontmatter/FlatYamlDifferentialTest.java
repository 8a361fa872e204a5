package org.articlekit.parser.internal.frontmatter;

import static org.articlekit.parser.internal.frontmatter.FastPathCheck.pick;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.articlekit.core.FrontMatterFormat;
import org.articlekit.parser.SharedCorpus;
import org.articlekit.parser.internal.frontmatter.FastPathCheck.Tally;
import org.junit.jupiter.api.Test;

/**
 * The fast path for flat YAML must read every block it accepts exactly as snakeyaml does. Checked on every real
 * front matter at hand — seeds, test resources of every module and the shared corpus — on those blocks with
 * random edits, and on thousands of blocks built from lines that are easy to get wrong.
 */
class FlatYamlDifferentialTest {

    @Test
    void realFrontMattersOfTheRepositoryReadAsSnakeyamlReadsThem() throws IOException {
        Tally tally = compare(FastPathCheck.repositoryFiles());
        System.out.printf("flat YAML fast path, seeds and test resources: %d of %d YAML blocks accepted,"
                + " %d left to snakeyaml%n", tally.accepted(), tally.blocks(), tally.leftOver());
        assertTrue(tally.blocks() >= 30, "too few YAML blocks found: " + tally.blocks());
        // the fixtures are mostly edge cases on purpose; still, the plain ones (seeds, golden files) go fast
        assertTrue(tally.accepted() >= 15, "accepted only " + tally.accepted());
    }

    @Test
    void realFrontMattersOfTheSharedCorpusReadAsSnakeyamlReadsThem() throws IOException {
        Path root = SharedCorpus.find();
        assumeTrue(root != null, "no shared corpus beside the project");
        Tally tally = compare(FastPathCheck.regularFiles(root));
        System.out.printf("flat YAML fast path, shared corpus: %d of %d YAML blocks accepted, %d left to"
                + " snakeyaml%n", tally.accepted(), tally.blocks(), tally.leftOver());
        assertTrue(tally.blocks() > 0);
        // measured: 116 of 128, the other 12 being broken blocks (stray quotes, a bare '@', a wrapped title) that
        // snakeyaml cannot read either; far fewer would mean the fast path stopped paying for itself
        assertTrue(tally.accepted() * 100 >= tally.blocks() * 85, tally.accepted() + " of " + tally.blocks());
    }

    @Test
    void generatedBlocksReadAsSnakeyamlReadsThem() {
        Random random = new Random(20240609L);
        int blocks = 10_000;
        int accepted = FastPathCheck.compareGenerated(random, blocks, Generated::block, Generated::tightSettings,
                YamlPaths::fast, YamlPaths::assertSnakeyamlAgrees);
        System.out.printf("flat YAML fast path, generated: %d of %d blocks accepted%n", accepted, blocks);
        // both ways must be exercised, or the comparison proves little
        assertTrue(accepted >= blocks / 5 && accepted <= blocks * 4 / 5, accepted + " of " + blocks);
    }

    @Test
    void realFrontMattersWithRandomEditsReadAsSnakeyamlReadsThem() throws IOException {
        List<String> accepted = new ArrayList<>();
        for (Path file : FastPathCheck.repositoryFiles()) {
            FrontMatterBlock block = FastPathCheck.block(file, FrontMatterFormat.YAML);
            if (block != null && YamlPaths.fast(block.source(), 1, FastPathCheck.DEFAULTS) != null) {
                accepted.add(block.source());
            }
        }
        Random random = new Random(20_210_609L);
        int edits = 20_000;
        int stillAccepted = 0;
        for (int n = 0; n < edits; n++) {
            String source = Generated.edit(accepted.get(random.nextInt(accepted.size())), random);
            FrontMatterContent fast = YamlPaths.fast(source, 1, FastPathCheck.DEFAULTS);
            if (fast != null) {
                stillAccepted++;
                YamlPaths.assertSnakeyamlAgrees("edit " + n, source, 1, FastPathCheck.DEFAULTS, fast);
            }
        }
        System.out.printf("flat YAML fast path, edited real blocks: %d of %d accepted%n", stillAccepted, edits);
        assertTrue(stillAccepted >= edits / 5 && stillAccepted <= edits * 4 / 5, stillAccepted + " of " + edits);
    }

    private static Tally compare(List<Path> files) throws IOException {
        return FastPathCheck.compare(files, FrontMatterFormat.YAML, YamlPaths::fast, YamlPaths::assertSnakeyamlAgrees);
    }

    /** Blocks made from, or edited with, the lines, values and chars a flat-YAML reader can get wrong. */
    private static final class Generated {

        private static final String[] KEYS = {"title", "date", "tags", "a", "b", "a.b", "a-b", "_x", "x1", "k",
            "true", "null", "y", "Title", "key_with.dots-and-dashes", "标题", "<<", "\"q\"", "'q'", "? k"};

        private static final String[] VALUES = {"yes", "no", "on", "off", "1.0", "1.", ".5", "007", "+5", "-3",
            "-0", "0", "00", "42", "1.10", "-0.50", "0x1F", "1e3", "~", "null", "Null", "NULL", "nULL", "true",
            "True", "TRUE", "tRue", "false", "12:30", "2021-06-09", "2021-06-09 05:40:00",
            "2021-06-09T05:40:00+08:00", "Wed, 09 Jun 2021 05:40:00 GMT", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "1".repeat(1100), "\"quoted\"", "\"with \\\"escape\\\"\"",
            "\"tab\\t\"", "\"\"", "''", "'it''s'", "'a'", "'a' 'b'", "\"a\" b", "\"a\"   ", "'a'   ", "'a' # c",
            "\"a\" #c", "\"a'b\"", "'a\"b'", "'a\\b'", "\"unclosed", "'unclosed", "\"", "'", "a: b", "a #b",
            "a#b", "a:b", "a:", "a :", "ends:", "http://example.org/a?b=c#d", "[a, b]", "[ a ,b ]", "[a, \"b\"]",
            "[]", "[ ]", "[a,]", "[,a]", "[a,,b]", "[a, [b]]", "[a, b] # c", "[a b, c  d]",
            "[-1, 2.5, true, null, ~]", "[a?b]", "[?a]", "[a, -b]", "[{a}]", "[a:b]", "[a#b]", "[a, b", "[a]]",
            "[a] x", "{a: 1}", "{}",
            "&anchor x", "*alias", "!tag x", "!!str 5", "|", ">", "|-", "- a", "-", "--", "-a", "-5", "<<",
            "a  b", "a ' b", "x\"y", "a\\b", "@at", "`tick", "%pct", "a%b", "?q", ":c", ",c", "]c", "}c", "x]",
            "x}", "x,y", "x, y", "在推进青藏高原生态保护", "読書 ノート", "emoji 😀 ok", "\u00a0nbsp", "\u3000full",
            "x\u3000", "a\u0085b", "a\u2028b", "a\ufeffb", "a\tb", "a\rb", "?", ":", "#", "a&b", "a*b", "a!b",
            "a|b", "a>b", "...", "---", "a,b", "...x", "0.0", "-1.5e3", ".inf", ".NaN"};

        /** Values of real blocks, for the blocks around the tricky ones to be readable. */
        private static final String[] COMMON_VALUES = {"Hello world", "在推进青藏高原生态保护", "false", "true", "10",
            "-3", "1.50", "2021-06-09 05:40:00", "Wed, 09 Jun 2021 05:40:00 GMT", "'https://example.org/a.jpg'",
            "\"quoted: text\"", "'it''s me'", "[news, world]", "[]", "~", "", "null", "01234", "12:30", "ZAKER",
            "a - b", "a, b"};

        private static final String[] OTHER_LINES = {"", "", "   ", "# comment", "  # indented comment",
            "#", "  more text", "    deeper", " x", "---", "...", "--- x", "%YAML 1.2", "? complex", "[a, b]",
            "  key: v", "key:value", "key :v", "\tx: 1", "a: b: c", "\"q\": v", "'q': v", "- a", "  - a", "-",
            "- ", "{a: 1}", "a:\r", "\ufeffa: 1", "x", "a", "  - b: c"};

        private static final String[] ITEM_INDENTS = {"", "", " ", "  ", "    "};

        static String block(Random random) {
            StringBuilder out = new StringBuilder();
            int entries = 1 + random.nextInt(6);
            for (int e = 0; e < entries; e++) {
                int kind = random.nextInt(20);
                if (kind == 0) {
                    out.append(pick(random, OTHER_LINES)).append('\n');
                    continue;
                }
                // mostly the keys of real blocks, now and then a repeated or odd one
                String key = random.nextInt(4) == 0 ? pick(random, KEYS) : KEYS[random.nextInt(5)] + e;
                if (random.nextInt(25) == 0 && e > 0) {
                    key = KEYS[random.nextInt(5)] + (e - 1);
                }
                out.append(key).append(':');
                if (kind < 7) {
                    out.append(random.nextInt(4) == 0 ? "   " : "").append('\n');
                    items(random, out);
                } else {
                    out.append(" ".repeat(1 + (random.nextInt(5) == 0 ? random.nextInt(3) : 0)))
                            .append(value(random))
                            .append(random.nextInt(8) == 0 ? "  " : "").append('\n');
                }
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

        /** Nothing (an empty value), or a list, indented as one or, now and then, as two. */
        private static void items(Random random, StringBuilder out) {
            int count = random.nextInt(5);
            String indent = pick(random, ITEM_INDENTS);
            for (int i = 0; i < count; i++) {
                if (random.nextInt(15) == 0) {
                    indent = pick(random, ITEM_INDENTS);
                }
                if (random.nextInt(12) == 0) {
                    out.append(pick(random, OTHER_LINES)).append('\n');
                }
                out.append(indent).append('-').append(" ".repeat(1 + (random.nextInt(6) == 0 ? 2 : 0)))
                        .append(value(random)).append('\n');
            }
        }

        /** Bits of YAML syntax to drop into a block, and chars snakeyaml treats specially. */
        private static final String[] EDITS = {" ", "  ", "\n", "\n  ", "\n- ", ":", ": ", "#", " #", "-", "- ",
            "'", "\"", "''", "[", "]", ",", ", ", "{", "}", "?", "&", "*", "!", "|", ">", "%", "@", "`", "\\", "~",
            "0", "1", "-1", ".", "a", "中", "😀", "\t", "\r", "\u0085", "\u2028", "\ufeff", "true", "null", "1.5",
            "<<", "---", "...", "k: v\n", "k:\n"};

        /** The block with one to three chars inserted, deleted or replaced, and now and then its last char cut. */
        static String edit(String block, Random random) {
            StringBuilder out = new StringBuilder(block);
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int at = random.nextInt(out.length() + 1);
                String edit = pick(random, EDITS);
                switch (at == out.length() ? 0 : random.nextInt(3)) {
                    case 0 -> out.insert(at, edit);
                    case 1 -> out.deleteCharAt(at);
                    default -> out.setCharAt(at, edit.charAt(0));
                }
            }
            if (random.nextInt(10) == 0 && out.length() > 0) {
                out.setLength(out.length() - 1);
            }
            return out.toString();
        }

        /** Limits small enough for the generated blocks to reach them. */
        static FrontMatterSettings tightSettings(Random random) {
            return new FrontMatterSettings(40 + random.nextInt(200), 50, 1 + random.nextInt(4),
                    2 + random.nextInt(12), false);
        }

        private static String value(Random random) {
            return random.nextInt(4) == 0 ? pick(random, VALUES) : pick(random, COMMON_VALUES);
        }
    }
}
