package org.articlekit.parser.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlekit.core.Metadata;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Delete;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Node;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Text;
import org.articlekit.core.document.Nodes;
import org.articlekit.parser.internal.html.HtmlSettings;
import org.junit.jupiter.api.Test;

/**
 * Random tag soup from a seeded generator (reproducible): whatever the nesting, misnesting and unclosed tags, every
 * visible word comes out exactly once, nothing of dropped elements comes out, no unsafe link survives.
 */
class RandomHtmlTest {

    private static final String[] OPEN = {"<div>", "<p>", "<span>", "<b>", "<i>", "<em>", "<strong>", "<del>",
        "<code>", "<a href=\"https://example.com/x\">", "<a href=\"javascript:alert(1)\">", "<ul>", "<ol start=3>",
        "<li>", "<blockquote>", "<h1>", "<h2>", "<h3>", "<pre>", "<table>", "<tr>", "<td>", "<th>", "<dl>", "<dt>",
        "<dd>", "<figure>", "<figcaption>", "<q>", "<sub>", "<sup>", "<section>", "<font color=red>", "<center>",
        "<details>", "<summary>", "<kbd>", "<s>", "<thead>", "<caption>"};
    private static final String[] ATOMS = {"<br>", "<hr>", "<img src=\"https://example.com/i.png\" alt=\"alt\">",
        "<img data-src=\"//cdn.example.com/l.jpg\" src=\"data:image/gif;base64,AA\">",
        "<iframe src=\"https://player.example/v\"></iframe>", "<input type=\"checkbox\" checked>", "&nbsp;", "\n",
        "<script>var secret = \"HIDDENWORD\";</script>", "<style>.HIDDENWORD{}</style>",
        "<noscript>HIDDENWORD</noscript>", "<template><p>HIDDENWORD</p></template>",
        "<button>HIDDENWORD</button>", "<select><option>HIDDENWORD</option></select>",
        "<svg><text>HIDDENWORD</text></svg>", "<p hidden>HIDDENWORD</p>", "<textarea>HIDDENWORD</textarea>",
        "&#123;", "<!-- HIDDENWORD -->"};
    private static final Pattern WORD = Pattern.compile("q\\d+z");

    @Test
    void randomTagSoup() {
        Random random = new Random(20260601L);
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            String html = generate(random, words);
            int maxDepth = round % 2 == 0 ? 128 : 1 + random.nextInt(6);
            HtmlSettings settings = new HtmlSettings(null, false, round % 3 == 0, maxDepth, 4096, 100_000);
            Fixtures.Result result = Fixtures.read(html, settings, Metadata.EMPTY);
            String text = Nodes.text(result.document());
            List<String> found = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
            String context = "round " + round + " (maxDepth " + maxDepth + "): " + html;
            assertEquals(words.stream().sorted().toList(), found.stream().sorted().toList(), context);
            assertFalse(text.contains("HIDDENWORD"), context);
            Nodes.walk(result.document(), node -> {
                if (node instanceof Link link) {
                    assertFalse(link.url().startsWith("javascript:"), context);
                }
                if (node instanceof Text t) {
                    assertFalse(t.value().isEmpty(), "empty text: " + context);
                }
                if (node instanceof Paragraph || node instanceof Emphasis || node instanceof Strong
                        || node instanceof Delete || node instanceof Link || node instanceof Blockquote) {
                    assertFalse(node.children().isEmpty(), "empty " + node.type() + ": " + context);
                }
                List<? extends Node> children = node.children();
                for (int i = 1; i < children.size(); i++) {
                    assertFalse(children.get(i) instanceof Text && children.get(i - 1) instanceof Text,
                            "adjacent text nodes in " + node.type() + ": " + context);
                }
            });
        }
    }

    private static String generate(Random random, List<String> words) {
        StringBuilder html = new StringBuilder();
        List<String> open = new ArrayList<>();
        int tokens = 20 + random.nextInt(200);
        for (int i = 0; i < tokens; i++) {
            int pick = random.nextInt(10);
            if (pick < 3) {
                String word = "q" + words.size() + "z";
                words.add(word);
                html.append(random.nextBoolean() ? " " : "").append(word).append(random.nextBoolean() ? " " : "");
            } else if (pick < 6) {
                String tag = OPEN[random.nextInt(OPEN.length)];
                html.append(tag);
                open.add(tag.substring(1, tag.length() - 1).split("[ >]")[0]);
            } else if (pick < 8 && !open.isEmpty()) {
                // close the innermost tag, or (misnesting) a random open one
                int index = random.nextInt(4) == 0 ? random.nextInt(open.size()) : open.size() - 1;
                html.append("</").append(open.remove(index)).append('>');
            } else if (pick == 8) {
                html.append(ATOMS[random.nextInt(ATOMS.length)]);
            } else {
                html.append("</").append(OPEN[random.nextInt(OPEN.length)].substring(1).split("[ >]")[0]).append('>');
            }
        }
        return html.toString();
    }
}
