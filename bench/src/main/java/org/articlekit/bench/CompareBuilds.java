package org.articlekit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compares two builds of articlekit on one machine at one time: each build's {@code benchmarks.jar} is loaded in a
 * class loader of its own inside one JVM, and passes over the same files alternate between them (A B, B A, …),
 * so that a busy spell of a shared machine slows both alike. Both first run in turns for a warm-up (20 s by
 * default: on two cores the C2 compiler takes 11–13 s to bring articlekit's code to a steady rate, and a
 * pass measured before that compares compilers, not code). Prints the best and the median pass of each, and the
 * median of B's time over A's in each pair of passes with its quartiles: a ratio taken a moment apart is what a
 * slow spell changes least.
 *
 * <pre>{@code
 * java -cp benchmarks.jar org.articlekit.bench.CompareBuilds A.jar B.jar DIR FORMAT|parse [PASSES [WARM_UP_SECONDS]]
 * }</pre>
 *
 * JMH measures one build well on a quiet machine; this answers "is B faster than A" on a noisy one.
 */
public final class CompareBuilds {

    private CompareBuilds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: CompareBuilds A.jar B.jar DIR FORMAT|parse [PASSES [WARM_UP_SECONDS]]");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[2]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<byte[]> bodies = new ArrayList<>();
        for (Path file : files) {
            bodies.add(Files.readAllBytes(file));
        }
        String mode = args[3];
        int passes = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        double warmUp = args.length > 5 ? Double.parseDouble(args[5]) : 20;
        Build[] builds = {new Build(Path.of(args[0]), mode), new Build(Path.of(args[1]), mode)};
        long warmUpEnd = System.nanoTime() + (long) (warmUp * 1e9);
        do {
            builds[0].run(bodies, files);
            builds[1].run(bodies, files);
        } while (System.nanoTime() < warmUpEnd);
        long[][] nanos = new long[2][passes];
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < 2; k++) {
                int which = pass % 2 == 0 ? k : 1 - k;
                long start = System.nanoTime();
                builds[which].run(bodies, files);
                nanos[which][pass] = System.nanoTime() - start;
            }
        }
        long bytes = bodies.stream().mapToLong(body -> body.length).sum();
        System.out.printf(Locale.ROOT, "%d files, %.1f MB, %s, %d passes each after %.0f s of warm-up, alternating%n",
                files.size(), bytes / 1e6, mode, passes, warmUp);
        for (int k = 0; k < 2; k++) {
            long[] sorted = nanos[k].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%s %s: best %.1f ms, median %.1f ms%n", k == 0 ? "A" : "B", args[k],
                    sorted[0] / 1e6, sorted[passes / 2] / 1e6);
        }
        double[] ratios = new double[passes];
        for (int pass = 0; pass < passes; pass++) {
            ratios[pass] = (double) nanos[1][pass] / nanos[0][pass];
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "B / A, pass by pass: median %.3f (quartiles %.3f–%.3f)%n",
                ratios[passes / 2], ratios[passes / 4], ratios[3 * passes / 4]);
    }

    /** One build, reached by reflection: its classes are not ours, even where the names are the same. */
    private static final class Build {
        private final Object parser;
        private final Method parse;
        private final Object exporter;
        private final Method write;

        Build(Path jar, String mode) throws ReflectiveOperationException, IOException {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> parserType = loader.loadClass("org.articlekit.parser.ArticleParser");
            parser = parserType.getMethod("create").invoke(null);
            parse = parserType.getMethod("parse", byte[].class, String.class);
            if (mode.equals("parse")) {
                exporter = null;
                write = null;
                return;
            }
            Class<?> registryType = loader.loadClass("org.articlekit.exporter.ExporterRegistry");
            Object registry = registryType.getMethod("load", ClassLoader.class).invoke(null, loader);
            Object provider = registryType.getMethod("require", String.class).invoke(registry, mode);
            Class<?> providerType = loader.loadClass("org.articlekit.exporter.ExporterProvider");
            Class<?> optionsType = loader.loadClass("org.articlekit.exporter.ExportOptions");
            exporter = providerType.getMethod("create", optionsType)
                    .invoke(provider, optionsType.getField("DEFAULTS").get(null));
            write = loader.loadClass("org.articlekit.exporter.Exporter")
                    .getMethod("write", loader.loadClass("org.articlekit.core.Article"), OutputStream.class);
        }

        void run(List<byte[]> bodies, List<Path> files) throws IllegalAccessException, InvocationTargetException {
            OutputStream sink = OutputStream.nullOutputStream();
            for (int i = 0; i < bodies.size(); i++) {
                Object article = parse.invoke(parser, bodies.get(i), files.get(i).toString());
                if (exporter != null) {
                    write.invoke(exporter, article, sink);
                }
            }
        }
    }
}
