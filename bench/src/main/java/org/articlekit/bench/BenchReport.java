package org.articlekit.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of {@link ArticleBenchmarks} and prints one summary: ops/s, articles/s and MB/s per
 * input set and format, each against jsoup's floor, and the two checks of issue 9 (parse + exporter reaches
 * 60 % of jsoup; the 10 MB article costs at most about five times the 2 MB one).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.articlekit.bench.BenchReport           # full, about 11 minutes
 * java -cp bench/target/benchmarks.jar org.articlekit.bench.BenchReport --quick   # about 4 minutes
 * java -cp bench/target/benchmarks.jar org.articlekit.bench.BenchReport --quick --corpus seed,seeds
 * java -cp bench/target/benchmarks.jar org.articlekit.bench.BenchReport --gc g1   # another collector
 * </pre>
 */
public final class BenchReport {

    private static final String CLASS = ArticleBenchmarks.class.getName();
    private static final double FLOOR_SHARE = 0.60;
    private static final double LINEAR_LIMIT = 5.0;

    private BenchReport() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean quick = false;
        List<String> corpora = List.of("seed", "seeds", "2mb", "10mb");
        String json = null;
        String gc = "serial";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--corpus" -> corpora = Arrays.asList(args[++i].split(","));
                case "--json" -> json = args[++i];
                case "--gc" -> gc = args[++i];
                default -> {
                    System.err.println("usage: BenchReport [--quick] [--corpus seed,seeds,2mb,10mb] [--json FILE]"
                            + " [--gc serial|parallel|g1]");
                    System.exit(2);
                }
            }
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + CLASS.replace(".", "\\.") + "\\.")
                .param("corpus", corpora.toArray(String[]::new));
        options.jvmArgsAppend("-Xms1g", "-Xmx1g", collectorOption(gc));
        if (quick) {
            // still long enough for the compiler to catch up (see ArticleBenchmarks): a shorter one measures the climb
            options.forks(1).warmupIterations(8).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        if (json != null) {
            options.resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON).result(json);
        }
        double loadBefore = loadAverage();
        Collection<RunResult> results = new Runner(options.build()).run();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        print(results, corpora, quick, gc, out);
        // a busy machine makes every figure noisy: say how busy it was
        out.printf(Locale.ROOT, "%nload average (1 min) before: %.1f, after: %.1f, on %d cores%n", loadBefore,
                loadAverage(), Runtime.getRuntime().availableProcessors());
    }

    private static String collectorOption(String gc) {
        return switch (gc) {
            case "serial" -> "-XX:+UseSerialGC";
            case "parallel" -> "-XX:+UseParallelGC";
            case "g1" -> "-XX:+UseG1GC";
            default -> throw new IllegalArgumentException("unknown collector: " + gc + " (serial, parallel or g1)");
        };
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void print(Collection<RunResult> results, List<String> corpora, boolean quick, String gc,
            PrintStream out) {
        Map<Corpus, Sizes> sizes = new EnumMap<>(Corpus.class);
        for (String key : corpora) {
            Corpus corpus = Corpus.byKey(key);
            sizes.put(corpus, Sizes.of(corpus.load()));
        }
        out.println();
        out.printf("## articlekit JMH summary (%s mode; Java %s; %d cores; %s collector; MB = 10^6 bytes)%n",
                quick ? "quick" : "full", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                gc);
        out.println();
        out.println("| input | articles | bytes | benchmark | ops/s | ± 99.9 % | articles/s | MB/s | vs jsoup |");
        out.println("|---|---:|---:|---|---:|---:|---:|---:|---:|");
        List<String> checks = new ArrayList<>();
        for (Corpus corpus : sizes.keySet()) {
            Sizes size = sizes.get(corpus);
            Optional<Double> floor = score(results, "jsoupParse", corpus, null);
            row(out, corpus, size, "jsoup parseBodyFragment (floor)", result(results, "jsoupParse", corpus, null),
                    size.bodyBytes(), floor);
            row(out, corpus, size, "parse", result(results, "parse", corpus, null), size.bytes(), floor);
            for (String format : List.of("markdown", "text", "json")) {
                Optional<Double> score = score(results, "parseAndExport", corpus, format);
                row(out, corpus, size, "parse + " + format, result(results, "parseAndExport", corpus, format),
                        size.bytes(), floor);
                if (score.isPresent() && floor.isPresent()) {
                    double share = score.get() / floor.get();
                    checks.add(String.format(Locale.ROOT, "%-4s parse + %-8s = %5.1f %% of jsoup  (target >= %.0f %%)  %s",
                            corpus.key(), format, share * 100, FLOOR_SHARE * 100, share >= FLOOR_SHARE ? "PASS" : "FAIL"));
                }
            }
        }
        if (sizes.containsKey(Corpus.LARGE_2MB) && sizes.containsKey(Corpus.LARGE_10MB)) {
            double sizeRatio = (double) sizes.get(Corpus.LARGE_10MB).bytes() / sizes.get(Corpus.LARGE_2MB).bytes();
            for (String[] bench : List.of(new String[] {"jsoupParse", null}, new String[] {"parse", null},
                    new String[] {"parseAndExport", "markdown"}, new String[] {"parseAndExport", "text"},
                    new String[] {"parseAndExport", "json"})) {
                Optional<Double> small = score(results, bench[0], Corpus.LARGE_2MB, bench[1]);
                Optional<Double> large = score(results, bench[0], Corpus.LARGE_10MB, bench[1]);
                if (small.isPresent() && large.isPresent()) {
                    double cost = small.get() / large.get(); // time per op grows by this factor
                    String name = bench[1] == null ? bench[0] : "parse + " + bench[1];
                    checks.add(String.format(Locale.ROOT, "10mb/2mb cost %-16s = %4.2fx for %.2fx the bytes  (target <= %.0fx)  %s",
                            name, cost, sizeRatio, LINEAR_LIMIT, cost <= LINEAR_LIMIT ? "PASS" : "FAIL"));
                }
            }
        }
        out.println();
        out.println("checks:");
        checks.forEach(check -> out.println("  " + check));
    }

    private static void row(PrintStream out, Corpus corpus, Sizes size, String name, Optional<Result<?>> result,
            long bytesPerOp, Optional<Double> floor) {
        if (result.isEmpty()) {
            return;
        }
        double ops = result.get().getScore();
        double error = result.get().getScoreError();
        String share = floor.map(f -> String.format(Locale.ROOT, "%.0f %%", 100 * ops / f)).orElse("–");
        out.printf(Locale.ROOT, "| %s | %d | %d | %s | %.1f | %s | %.0f | %.1f | %s |%n", corpus.key(),
                size.articles(), bytesPerOp, name, ops, Double.isNaN(error) ? "–" : String.format(Locale.ROOT, "%.1f", error),
                ops * size.articles(), ops * bytesPerOp / 1e6, share);
    }

    private static Optional<Double> score(Collection<RunResult> results, String method, Corpus corpus, String format) {
        return result(results, method, corpus, format).map(Result::getScore);
    }

    private static Optional<Result<?>> result(Collection<RunResult> results, String method, Corpus corpus,
            String format) {
        for (RunResult run : results) {
            var params = run.getParams();
            boolean sameFormat = format == null || format.equals(params.getParam("format"));
            if (params.getBenchmark().equals(CLASS + "." + method) && corpus.key().equals(params.getParam("corpus"))
                    && sameFormat) {
                return Optional.of(run.getPrimaryResult());
            }
        }
        return Optional.empty();
    }

    /** How much one operation over an input set reads. */
    private record Sizes(int articles, long bytes, long bodyBytes) {
        static Sizes of(List<Input> inputs) {
            long body = inputs.stream().mapToLong(input -> input.body().getBytes(StandardCharsets.UTF_8).length).sum();
            return new Sizes(inputs.size(), Corpus.bytes(inputs), body);
        }
    }
}
