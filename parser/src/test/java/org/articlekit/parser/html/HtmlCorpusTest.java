package org.articlekit.parser.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Nodes;
import org.articlekit.core.document.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every HTML body of the shared corpus of real articles (outside the project; skipped when absent): read without
 * failure, no script or style text in the tree, every image with a usable URL found. With
 * {@code -Darticlekit.dumpTrees=DIR} each tree is also written to {@code DIR/NAME.json} as full mdast, for the
 * fidelity judges.
 */
class HtmlCorpusTest {

    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A\\uFEFF?(?:[ \\t]*\\r?\\n)*(---|\\+\\+\\+)[ \\t]*\\r?\\n(?:.*?\\n)??(?:---|\\.\\.\\.|\\+\\+\\+)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern HIDDEN_TEXT = Pattern.compile("<(script|style)\\b[^>]*>(.*?)</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("[^\\s<>{}();,]{14,}");

    static Path corpus() {
        for (String candidate : List.of("../../shared/corpus", "../../../shared/corpus", "../shared/corpus")) {
            Path dir = Path.of(candidate);
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusBody() throws IOException {
        Path dir = corpus();
        assumeTrue(dir != null, "no shared corpus next to the project");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(md|html|txt)$"))
                    .sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher fm = FRONT_MATTER.matcher(text);
            String body = fm.lookingAt() ? text.substring(fm.end()) : text;
            if (!body.stripLeading().startsWith("<")) {
                continue;   // a Markdown body
            }
            // named as the judges name their cases: corpus folder, two underscores, file name
            String name = (file.getParent().getFileName() + "__" + file.getFileName()).replaceAll("[^\\w.-]+", "_");
            tests.add(DynamicTest.dynamicTest(name, () -> check(name, body)));
        }
        assumeTrue(!tests.isEmpty(), "no HTML bodies in the corpus");
        return tests.stream();
    }

    private static void check(String name, String body) throws IOException {
        Fixtures.Result result = Fixtures.read(body);
        List<String> strings = new ArrayList<>();
        Nodes.walk(result.document(), node -> {
            if (node instanceof Text t) {
                strings.add(t.value());
            } else if (node instanceof InlineCode c) {
                strings.add(c.value());
            } else if (node instanceof Code c) {
                strings.add(c.value());
            } else if (node instanceof Html h) {
                strings.add(h.value());
            } else if (node instanceof Link l) {
                strings.add(l.url());
            } else if (node instanceof Image i) {
                strings.add(i.url() + " " + i.alt());
            } else if (node instanceof Embed e) {
                strings.add(e.url());
            }
        });
        String all = String.join("\n", strings);
        String visible = Jsoup.parseBodyFragment(body.replaceAll("(?is)<(script|style)\\b.*?</\\1\\s*>", "")).text();
        Matcher hidden = HIDDEN_TEXT.matcher(body);
        while (hidden.find()) {
            Matcher token = TOKEN.matcher(hidden.group(2));
            while (token.find()) {
                String t = token.group();
                assertFalse(all.contains(t) && !visible.contains(t), name + ": script/style text leaked: " + t);
            }
        }
        assertEquals(expectedImages(body), sorted(Nodes.imageUrls(result.document())), name + ": images");
        String dump = System.getProperty("articlekit.dumpTrees");
        if (dump != null) {
            Path out = Path.of(dump);
            Files.createDirectories(out);
            Map<String, Object> tree = TreeJson.toMap(result.document());
            Files.writeString(out.resolve(name.replaceAll("\\.(md|html|txt)$", "") + ".json"),
                    new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("content", tree)));
        }
    }

    /** The URL of every visible image outside code with a usable URL: the first lazy or usable candidate. */
    private static List<String> expectedImages(String body) {
        List<String> urls = new ArrayList<>();
        for (Element img : Jsoup.parseBodyFragment(body).select("img")) {
            if (img.closest("pre, script, noscript, template, svg, [hidden], button, select, textarea") != null
                    || img.parents().stream().anyMatch(p -> p.attr("style").toLowerCase(Locale.ROOT)
                            .replace(" ", "").contains("display:none"))) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (String attr : List.of("data-original", "data-src", "data-lazy-src", "data-actualsrc", "data-url",
                    "data-echo", "data-lazy", "src")) {
                String value = img.attr(attr).strip();
                if (!value.isEmpty() && !value.toLowerCase(Locale.ROOT).matches("^(data|javascript|vbscript):.*")) {
                    candidates.add(value);
                }
            }
            if (!candidates.isEmpty()) {
                String url = candidates.get(0);
                urls.add(url.startsWith("//") ? "https:" + url : url);
            }
        }
        return sorted(urls);
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }
}
