package org.articlekit.robustness;

import java.util.Set;

/**
 * The (input, format) pairs of {@link AdversarialInputTest} that fail today only because the parser and the
 * exporters are still walking skeletons. They run in the test tagged {@code awaiting-rewrite}, which the build
 * leaves out by default ({@code mvn verify -DexcludedGroups=} runs it). Once the rewrites are merged, empty
 * this set: every pair then runs in the default build.
 */
final class AwaitingRewrite {

    /** Entries are {@code input-name/format}, or {@code input-name/*} for every format. */
    static final Set<String> PAIRS = Set.of(
            // the skeleton HTML reader recurses (StackOverflowError, or Pattern's "Stack overflow during pattern
            // compilation" when the overflow hits inside String.matches)
            "deep-div/*", "deep-div-unclosed/*", "deep-ul-li/*", "deep-ol-li-text/*", "deep-blockquote/*",
            "deep-b/*", "deep-i/*", "deep-span/*", "deep-mixed/*", "deep-table/*",
            // the skeleton Markdown and text writers drop the text of links (nested 100 000 deep, or with a 5 MB URL)
            "deep-a/markdown", "deep-a/text", "url-5mb-link/markdown", "url-5mb-link/text",
            // the skeleton HTML reader keeps every URL: javascript:, vbscript:, data:, however obfuscated
            "link-javascript/*", "link-javascript+keep-html/*",
            "link-javascript-mixed-case-space/*", "link-javascript-mixed-case-space+keep-html/*",
            "link-javascript-tab-entity/*", "link-javascript-tab-entity+keep-html/*",
            "link-javascript-newline-entity/*", "link-javascript-newline-entity+keep-html/*",
            "link-javascript-raw-tab/*", "link-javascript-raw-tab+keep-html/*",
            "link-javascript-decimal-entities/*", "link-javascript-decimal-entities+keep-html/*",
            "link-javascript-colon-entity/*", "link-javascript-colon-entity+keep-html/*",
            "link-javascript-leading-controls/*", "link-javascript-leading-controls+keep-html/*",
            "link-vbscript/*", "link-vbscript+keep-html/*",
            "link-data-html/*", "link-data-html+keep-html/*",
            "link-data-mixed-case/*", "link-data-mixed-case+keep-html/*",
            "image-javascript/*", "image-javascript+keep-html/*",
            "image-vbscript-entity/*", "image-vbscript-entity+keep-html/*",
            "image-data-svg/*", "image-data-svg+keep-html/*",
            "image-lazy-attributes/*", "image-lazy-attributes+keep-html/*",
            // the skeleton front-matter reader hands a self-referencing YAML list, or TOML tables nested 20 000 deep,
            // to core's FrontMatter, whose deep copy recurses: StackOverflowError (see the report of issue 10)
            "yaml-recursive-alias/*", "toml-front-matter-deep-tables/*",
            // jsoup reads <![CDATA[…]]> in HTML as text; the skeleton writers output that text's '<' unescaped
            "cdata/*", "cdata+keep-html/*",
            // markup look-alikes: text whose '<', '[…](…)' or front-matter value the skeleton writers copy as is.
            // Whether every writer must neutralise them (escape '<' as &lt; or \u003c, break "javascript:" in
            // plain text, leave code samples alone?) is a design decision still open: see the report of issue 10.
            "escaped-script-text/*", "escaped-img-handler-text/*", "markdown-link-syntax-in-text/*",
            "lt-space-pseudo-tag/*",
            "script-in-code-sample/*", "front-matter-values/*");

    private AwaitingRewrite() {
    }

    static boolean contains(HostileInput input, String format) {
        return PAIRS.contains(input.name() + "/" + format) || PAIRS.contains(input.name() + "/*");
    }
}
