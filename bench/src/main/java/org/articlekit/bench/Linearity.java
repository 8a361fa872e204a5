package org.articlekit.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.articlekit.core.Article;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterRegistry;
import org.articlekit.parser.ArticleParser;
import org.jsoup.Jsoup;

/**
 * Does cost grow with size alone? Converts the benchmark's generated 2 MB and 10 MB articles in turns in one JVM,
 * jsoup's parse of the same bodies alongside, and prints the best pass of each and the 10 MB / 2 MB ratio. On a
 * noisy machine the best of many alternating passes says more than a JMH score whose error is as wide as itself.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.articlekit.bench.Linearity [PASSES] [markdown|text|json ...]
 * }</pre>
 */
public final class Linearity {

    private Linearity() {
    }

    public static void main(String[] args) throws IOException {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<String> formats = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("markdown");
        List<Input> seeds = Corpus.seeds();
        Input small = LargeArticle.generate(seeds, 2_000_000);
        Input large = LargeArticle.generate(seeds, 10_000_000);
        ArticleParser parser = ArticleParser.create();
        ExporterRegistry registry = ExporterRegistry.load(Linearity.class.getClassLoader());
        report("jsoup parse", passes, () -> Jsoup.parseBodyFragment(small.body()),
                () -> Jsoup.parseBodyFragment(large.body()));
        report("parse", passes, () -> parser.parse(small.bytes(), small.path()),
                () -> parser.parse(large.bytes(), large.path()));
        for (String format : formats) {
            Exporter exporter = registry.require(format).create(ExportOptions.DEFAULTS);
            report("parse + " + format, passes, () -> export(parser, exporter, small), () -> export(parser, exporter, large));
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void export(ArticleParser parser, Exporter exporter, Input input) throws IOException {
        Article article = parser.parse(input.bytes(), input.path());
        exporter.write(article, new DiscardingOutputStream());
    }

    /** Runs the small step five times and the large one once per pass, alternating; prints the best of each. */
    private static void report(String name, int passes, Step small, Step large) throws IOException {
        long bestSmall = Long.MAX_VALUE;
        long bestLarge = Long.MAX_VALUE;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                small.run();
            }
            long middle = System.nanoTime();
            large.run();
            long end = System.nanoTime();
            bestSmall = Math.min(bestSmall, (middle - start) / 5);
            bestLarge = Math.min(bestLarge, end - middle);
        }
        System.out.printf(Locale.ROOT, "%-18s 2 MB %7.1f ms   10 MB %7.1f ms   10 MB / 2 MB = %.2fx  (target <= 5x)%n",
                name, bestSmall / 1e6, bestLarge / 1e6, (double) bestLarge / bestSmall);
    }
}
