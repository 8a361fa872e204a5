package org.articlekit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.ParseException;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterRegistry;
import org.articlekit.parser.ArticleParser;
import org.jsoup.Jsoup;

/**
 * Where an input set's time goes, counted in jsoup parses of the same bodies: decoding, the parse of the bodies
 * alone and of the whole files (the difference is the front matter and metadata), each exporter on articles parsed
 * long before (whose trees a collection has since compacted) and on each tree as soon as it is built, and parse plus
 * each exporter in one pass, as the benchmark runs them. Parse plus an exporter reaches 60 % of jsoup's throughput
 * when it costs at most 1.67 jsoup parses. Steps run in turns after a warm-up; each row is its best pass, as in
 * {@link Linearity}. Run it with the benchmark's heap and collector:
 *
 * <pre>{@code
 * java -Xms1g -Xmx1g -XX:+UseSerialGC -cp bench/target/benchmarks.jar org.articlekit.bench.Budget \
 *     [seed|seeds|2mb|10mb|FOLDER] [WARM_UP_SECONDS] [PASSES]
 * }</pre>
 */
public final class Budget {

    private static final List<String> FORMATS = List.of("markdown", "text", "json");
    /** The cost, in jsoup parses, of parse plus an exporter at 60 % of jsoup's throughput. */
    private static final double BUDGET = 1 / 0.6;

    /** Written by the decoding step, so that the decoded text is used. */
    private static volatile int decodedLength;

    private final List<Input> inputs;
    private final ArticleParser parser = ArticleParser.create();
    private final ExporterRegistry registry = ExporterRegistry.load(Budget.class.getClassLoader());
    private final List<Step> steps = new ArrayList<>();
    // the steps the summary reads, as they are added
    private Step floor;
    private Step bodiesOnly;
    private Step wholeFiles;
    private final Map<String, Step> exportedLongAfter = new HashMap<>();
    private final Map<String, Step> inOnePass = new HashMap<>();

    private Budget(List<Input> inputs) {
        this.inputs = inputs;
    }

    public static void main(String[] args) throws IOException {
        String set = args.length > 0 ? args[0] : "seeds";
        long warmUpSeconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        List<Input> inputs = Files.isDirectory(Path.of(set)) ? Corpus.folder(Path.of(set)) : Corpus.byKey(set).load();
        Budget budget = new Budget(inputs);
        budget.measure(warmUpSeconds, passes);
        budget.print(set);
    }

    private void measure(long warmUpSeconds, int passes) {
        List<byte[]> bodies = inputs.stream().map(input -> input.body().getBytes(StandardCharsets.UTF_8)).toList();
        List<Article> parsed = new ArrayList<>();
        for (Input input : inputs) {
            parseInto(input.bytes(), input.path(), parsed);
        }
        floor = add(new Step("jsoup parse of the bodies (the floor)", () -> {
            for (Input input : inputs) {
                Jsoup.parseBodyFragment(input.body());
            }
        }));
        add(new Step("decoding the files (the JDK's UTF-8)", () -> {
            for (Input input : inputs) {
                decodedLength = new String(input.bytes(), StandardCharsets.UTF_8).length();
            }
        }));
        bodiesOnly = add(new Step("parse, bodies only", () -> {
            for (int i = 0; i < inputs.size(); i++) {
                parseInto(bodies.get(i), inputs.get(i).path(), null);
            }
        }));
        wholeFiles = add(new Step("parse, whole files", () -> {
            for (Input input : inputs) {
                parseInto(input.bytes(), input.path(), null);
            }
        }));
        for (String format : FORMATS) {
            Exporter exporter = exporter(format);
            exportedLongAfter.put(format, add(new Step(format + " export of trees parsed long before", () -> {
                for (Article article : parsed) {
                    exporter.write(article, new DiscardingOutputStream());
                }
            })));
        }
        for (String format : FORMATS) {
            add(new Step(format + " export of a tree just parsed", parseThenExport(exporter(format), false)));
        }
        for (String format : FORMATS) {
            inOnePass.put(format, add(new Step("parse + " + format + " in one pass",
                    parseThenExport(exporter(format), true))));
        }
        // a small set is passed over several times per timing, so that each timing lasts a millisecond or more
        int repeat = (int) Math.max(1, 2_000_000 / Corpus.bytes(inputs));
        long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            steps.forEach(step -> step.time(repeat));
        }
        for (int pass = 0; pass < passes; pass++) {
            steps.forEach(step -> step.best = Math.min(step.best, step.time(repeat)));
        }
    }

    private Step add(Step step) {
        steps.add(step);
        return step;
    }

    /** Parses each input and exports its article at once; the parse's time counts only if {@code countParse}. */
    private TimedPass parseThenExport(Exporter exporter, boolean countParse) {
        List<Article> one = new ArrayList<>(1);
        return () -> {
            long counted = 0;
            for (Input input : inputs) {
                long start = System.nanoTime();
                one.clear();
                parseInto(input.bytes(), input.path(), one);
                long exportStart = System.nanoTime();
                for (Article article : one) {
                    exporter.write(article, new DiscardingOutputStream());
                }
                counted += System.nanoTime() - (countParse ? start : exportStart);
            }
            return counted;
        };
    }

    private void print(String set) {
        double jsoup = floor.best;
        double whole = wholeFiles.best;
        System.out.printf(Locale.ROOT, "%s: %d files, %d bytes; best pass over the set, and in jsoup parses%n", set,
                inputs.size(), Corpus.bytes(inputs));
        for (Step step : steps) {
            row(step.name, step.best, jsoup);
        }
        row("front matter and metadata (whole - bodies)", whole - bodiesOnly.best, jsoup);
        for (String format : FORMATS) {
            double together = inOnePass.get(format).best / jsoup;
            double apart = (whole + exportedLongAfter.get(format).best) / jsoup;
            System.out.printf(Locale.ROOT, "parse + %-8s %.2f jsoup parses = %.0f %% of jsoup's throughput "
                    + "(timed apart %.2f = %.0f %%); 60 %% allows %.2f%n", format, together, 100 / together, apart,
                    100 / apart, BUDGET);
        }
    }

    private static void row(String name, double nanos, double floor) {
        System.out.printf(Locale.ROOT, "  %-44s %12.1f us  %5.2f%n", name, nanos / 1e3, nanos / floor);
    }

    private Exporter exporter(String format) {
        return registry.require(format).create(ExportOptions.DEFAULTS);
    }

    private void parseInto(byte[] bytes, String path, List<Article> into) {
        try {
            Article article = parser.parse(bytes, path);
            if (into != null) {
                into.add(article);
            }
        } catch (ParseException refused) {
            // an input the parser refuses costs what it cost; it has no article to export
        }
    }

    /** One measured step: a pass over the whole set, and its best time so far in nanoseconds. */
    private static final class Step {
        private final String name;
        private final TimedPass pass;
        private long best = Long.MAX_VALUE;

        /** A step timed whole. */
        Step(String name, Pass pass) {
            this(name, () -> {
                long start = System.nanoTime();
                pass.run();
                return System.nanoTime() - start;
            });
        }

        /** A step that times only part of its pass itself. */
        Step(String name, TimedPass pass) {
            this.name = name;
            this.pass = pass;
        }

        /** The time of one pass: the average of {@code repeat} passes run back to back. */
        long time(int repeat) {
            long total = 0;
            try {
                for (int i = 0; i < repeat; i++) {
                    total += pass.run();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return total / repeat;
        }
    }

    private interface Pass {
        void run() throws IOException;
    }

    /** A pass that says how many of its nanoseconds count. */
    private interface TimedPass {
        long run() throws IOException;
    }
}
