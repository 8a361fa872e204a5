package org.articlekit.parser.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.document.Nodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile nesting: 100 000 elements deep must neither overflow the stack nor take quadratic time; beyond the depth
 * limit the content is kept flat and reported once.
 */
class DeepNestingTest {

    private static final int DEEP = 100_000;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<div>|</div>", "<blockquote>|</blockquote>", "<ul><li>|</li></ul>", "<b>|</b>", "<i>|",
        "<em><strong>|</strong></em>", "<table><tr><td>|</td></tr></table>", "<q>|</q>"})
    void deepNestingKeepsContentAndWarnsOnce(String open, String close) {
        String html = open.repeat(DEEP) + "deep text" + (close == null ? "" : close).repeat(DEEP) + "<p>after</p>";
        Fixtures.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.read(html));
        String text = Nodes.text(result.document());
        assertTrue(text.contains("deep text"), "content kept");
        assertTrue(text.endsWith("after"), "content after the deep part kept: " + tail(text));
        long warnings = result.diagnostics().stream().filter(d -> d.code().equals("html-too-deep")).count();
        assertEquals(1, warnings, "exactly one depth warning");
        int[] depth = {0};
        measureDepth(result.document(), depth);
        assertTrue(depth[0] <= Fixtures.DEFAULTS.maxDepth() * 2 + 4, "tree depth bounded, was " + depth[0]);
    }

    @Test
    void costGrowsLinearly() {
        // twice the nesting must not cost four times as much: compare 50 000 with 200 000 (4x the input)
        String small = "<div><span>".repeat(25_000) + "x";
        String large = "<div><span>".repeat(100_000) + "x";
        Fixtures.read(small);
        long t0 = System.nanoTime();
        Fixtures.read(small);
        long smallNanos = System.nanoTime() - t0;
        t0 = System.nanoTime();
        Fixtures.read(large);
        long largeNanos = System.nanoTime() - t0;
        assertTrue(largeNanos < smallNanos * 12 + 200_000_000L,
                "4x input took " + largeNanos / 1_000_000 + " ms vs " + smallNanos / 1_000_000 + " ms");
    }

    @Test
    void manyEmptyRowsUnderASpanningCellCostLinearTime() {
        String html = "<table><tr><td rowspan=0>tall</td><td>x</td></tr>" + "<tr></tr>".repeat(200_000)
                + "<tr><td>y</td></tr></table>";
        Fixtures.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.read(html));
        org.articlekit.core.document.Table table =
                (org.articlekit.core.document.Table) result.document().children().get(0);
        assertEquals(2, table.children().size(), "empty rows left out");
        assertEquals(2, table.children().get(0).children().get(0).rowSpan(), "span shrunk to the rows kept");
    }

    @Test
    void withinTheLimitNothingIsReported() {
        String html = "<blockquote>".repeat(50) + "fine" + "</blockquote>".repeat(50);
        Fixtures.Result result = Fixtures.read(html);
        assertTrue(result.diagnostics().stream().map(Diagnostic::code).noneMatch("html-too-deep"::equals));
        int[] depth = {0};
        measureDepth(result.document(), depth);
        assertEquals(52, depth[0], "root + 50 quotes + paragraph (+ text)");
    }

    /** Deepest level below {@code root}, root counted as 1, measured without recursion. */
    private static void measureDepth(org.articlekit.core.document.Node root, int[] max) {
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        stack.push(new Object[] {root, 1});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            org.articlekit.core.document.Node node = (org.articlekit.core.document.Node) top[0];
            int level = (Integer) top[1];
            if (node.children().isEmpty()) {
                max[0] = Math.max(max[0], level - 1);
            }
            for (org.articlekit.core.document.Node child : node.children()) {
                stack.push(new Object[] {child, level + 1});
            }
        }
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 40));
    }
}
