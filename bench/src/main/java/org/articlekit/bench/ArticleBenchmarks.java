package org.articlekit.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.articlekit.core.Article;
import org.articlekit.core.ParseException;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of articlekit over one input set per operation: parse only, parse plus one exporter, and
 * jsoup's own parse of the same bodies — the floor articlekit is built on. The defaults here are the full
 * run's; {@link BenchReport} sets the quick mode's. The forked JVM has a fixed heap and, by default, the serial
 * collector the command line runs with: on two cores, G1's concurrent threads compete with the measured one and
 * made a 2 MB parse swing between 14 and 90 ms from run to run ({@code BenchReport --gc g1} measures under G1).
 * The warm-up is long because on two cores the C2 compiler works through articlekit's methods on one core while
 * the benchmark runs on the other: the nine seed articles took 11–13 s to reach a steady rate (jsoup's parse alone
 * 2 s), and three 2 s warm-up iterations measured the climb, not the code.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseSerialGC"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class ArticleBenchmarks {

    /** jsoup alone: {@code Jsoup.parseBodyFragment} of each body, as the parser calls it. */
    @Benchmark
    public void jsoupParse(InputState state, Blackhole hole) {
        for (Input input : state.inputs) {
            hole.consume(Jsoup.parseBodyFragment(input.body()));
        }
    }

    /** The whole parser: bytes to {@link Article}, front matter and metadata included. */
    @Benchmark
    public void parse(InputState state, Blackhole hole) {
        for (Input input : state.inputs) {
            hole.consume(parseOne(state, input));
        }
    }

    /** What the command line does per file: parse, then write with one exporter (output discarded). */
    @Benchmark
    public long parseAndExport(InputState state, ExporterState exporter) throws IOException {
        DiscardingOutputStream out = new DiscardingOutputStream();
        for (Input input : state.inputs) {
            Article article = parseOne(state, input);
            if (article != null) {
                exporter.exporter.write(article, out);
            }
        }
        return out.count();
    }

    private static Article parseOne(InputState state, Input input) {
        try {
            return state.parser.parse(input.bytes(), input.path());
        } catch (ParseException e) {
            return null; // the command line reports such a file and goes on; so does the benchmark
        }
    }
}
