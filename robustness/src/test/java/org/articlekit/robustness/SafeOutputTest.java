package org.articlekit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker must catch what it exists to catch, and must not cry wolf over ordinary articles. */
class SafeOutputTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "text <SCRIPT src=x>",
        "a Markdown escape is not enough: \\<script\\>",
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a](jav&#x09;ascript:alert(1))",
        "[a](jav\tascript:alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[a](javascript&colon;alert(1))",
        "[a](javascript\\:alert(1))",
        "<a href=\"vbscript:msgbox\">x</a>",
        "![i](data:image/png;base64,AAAA)",
        "<a href='DATA:text/html,x'>x</a>",
        "<img src=x onerror=alert(1)>",
        "<p onclick=\"x\">",
        "<iframe src=\"https://example.com\"></iframe>",
        "<form><input></form>",
        "<svg><a>x</a></svg>"
    })
    void findsUnsafeMarkdownOrText(String output) {
        assertFalse(SafeOutput.problems("markdown", output).isEmpty(), output);
    }

    @Test
    void seesThroughJsonEscapesInUrls() {
        String json = "{\"content\":{\"type\":\"link\",\"url\":\"\\u006Aavascript:alert(1)\"}}";
        assertFalse(json.contains("javascript"));
        List<String> problems = SafeOutput.problems("json", json);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("unsafe URL in JSON"), problems::toString);
    }

    @Test
    void readsEveryLineOfJsonLines() {
        String jsonl = "{\"url\":\"https://example.com/\"}\n{\"url\":\"\\u006aavascript:x\"}\n";
        assertFalse(SafeOutput.problems("jsonl", jsonl).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# Title\n\nSome *text* with [a link](https://example.com/a?b=c&d=e) and ![img](https://example.com/i.png).",
        "Escaped &lt;script&gt; is text; so is &amp;lt;script and &#60;script written as a reference",
        "The data: 5 items, in JSON: {\"on\": true}; a button=\"x\"; Java and scripting; onward = forward; a < link",
        "{\"schemaVersion\":1,\"content\":{\"type\":\"root\",\"children\":[{\"type\":\"link\",\"url\":\"https://x\"}]}}",
        "Condition: online=true"
    })
    void acceptsOrdinaryOutput(String output) {
        assertEquals(List.of(), SafeOutput.problems("markdown", output));
    }

    @Test
    void followsTheLookalikePolicyOfEachFormat() {
        // Markdown: code shows markup literally and opens no tag; text outside code must not hold one
        assertEquals(List.of(), SafeOutput.problems("markdown", "```html\n<script>alert(1)</script>\n```\n\n`<b>`\n"));
        assertEquals(List.of(), SafeOutput.problems("markdown", "&lt;script>alert(1)&lt;/script> \\[x\\](javascript:x)"));
        assertFalse(SafeOutput.problems("markdown", "\\<script>alert(1)\\</script>").isEmpty());
        // JSON: no literal '<' anywhere; the front-matter map is data, the typed metadata is not
        assertFalse(SafeOutput.problems("json", "{\"content\":{\"value\":\"<b>\"}}").isEmpty());
        assertEquals(List.of(), SafeOutput.problems("json",
                "{\"frontMatter\":{\"cover\":\"javascript:x\"},\"content\":{\"value\":\"\\u003cscript>\"}}"));
        assertFalse(SafeOutput.problems("json", "{\"metadata\":{\"cover\":\"javascript:x\"}}").isEmpty());
        // plain text: visible text verbatim; the reference list must not show a script URL
        assertEquals(List.of(), SafeOutput.problems("text", "Shows <script>alert(1)</script> as text.\n\n[1] https://x/\n"));
        assertFalse(SafeOutput.problems("text", "a link[1]\n\n[1] javascript:alert(1)\n").isEmpty());
    }

    @Test
    void judgesUrlsAsBrowsersReadThem() {
        assertTrue(SafeOutput.isUnsafeUrl("  javascript:alert(1)"));
        assertTrue(SafeOutput.isUnsafeUrl("java\nscript:alert(1)"));
        assertTrue(SafeOutput.isUnsafeUrl("&#x6A;avascript:alert(1)"));
        assertTrue(SafeOutput.isUnsafeUrl("Data:text/html,x"));
        assertTrue(SafeOutput.isUnsafeUrl("\u0001\u0002 javascript:alert(1)"));
        assertFalse(SafeOutput.isUnsafeUrl("https://example.com/javascript:notascheme"));
        assertFalse(SafeOutput.isUnsafeUrl("/relative/data:thing"));
    }
}
