package org.articlekit.cli.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.articlekit.core.Article;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.ExporterProvider;
import org.articlekit.exporter.ExporterRegistry;
import org.articlekit.parser.ArticleParser;

/**
 * Loads and initialises the parser's and a built-in exporter's classes on a background thread while the main
 * thread reads the command line: a one-file run is mostly start-up, and on two cores the two overlap. It converts
 * a small built-in article and throws the result away, so it changes nothing a run writes; whatever goes wrong in
 * it is ignored (the real conversion meets the same problem and reports it).
 */
public final class Warmup {

    /** The formats built into articlekit: warming a plug-in's exporter could run foreign code twice. */
    private static final Set<String> BUILT_IN = Set.of("json", "jsonl", "markdown", "md", "text", "txt");

    private static final String SAMPLE = "---\ntitle: \"Warm-up\"\ndate: 2024-01-02 03:04:05\ntags: [a, b]\n"
            + "categories: x\n---\n<h2 id=\"a\">Head</h2><p>Some <em>text</em>, <strong>bold</strong>, "
            + "<a href=\"https://example.org/a?b=c&amp;d\">a link</a> &amp; <code>code</code>.</p>"
            + "<ul><li>one</li><li>two <img src=\"https://example.org/i.png\" alt=\"i\"></li></ul>"
            + "<blockquote><p>quote</p></blockquote><pre><code class=\"language-js\">let a = 1;\n</code></pre>"
            + "<table><tr><th>h</th></tr><tr><td>d</td></tr></table>\n";

    private Warmup() {
    }

    /** The subcommands that parse articles: for any other run the warm-up would only cost time. */
    private static final Set<String> PARSING = Set.of("convert", "validate", "inspect");

    /** Starts the warm-up for a run with these arguments, when it parses articles; returns at once. */
    public static void start(String[] args) {
        if (args.length == 0 || !PARSING.contains(args[0])) {
            return;
        }
        String format = format(args);
        Thread thread = new Thread(() -> run(format), "articlekit-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run(String format) {
        try {
            Article article = ArticleParser.create().parse(SAMPLE.getBytes(StandardCharsets.UTF_8), "warmup.md");
            if (format != null && BUILT_IN.contains(format)) {
                Optional<ExporterProvider> provider =
                        ExporterRegistry.load(Warmup.class.getClassLoader()).find(format);
                if (provider.isPresent()) {
                    provider.get().create(ExportOptions.DEFAULTS).write(article, OutputStream.nullOutputStream());
                }
            }
        } catch (Exception | LinkageError e) {
            // only a head start; the run itself does the same work and reports any failure
        }
    }

    /** The value of {@code --to} in {@code args}, or null. */
    private static String format(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--to") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--to=")) {
                return args[i].substring("--to=".length());
            }
        }
        return null;
    }
}
