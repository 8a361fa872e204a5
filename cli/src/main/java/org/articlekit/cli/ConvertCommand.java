package org.articlekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.articlekit.core.Article;
import org.articlekit.core.ArticleException;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterRegistry;
import org.articlekit.parser.ArticleParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code articlekit convert}: reads articles and writes them in another format. (Walking skeleton.) */
@Command(name = "convert", mixinStandardHelpOptions = true, description = "Convert articles to another format.")
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories")
    List<Path> inputs;

    @Option(names = "--to", required = true, description = "json, jsonl, markdown (md), text (txt)")
    String format;

    @Option(names = {"-o", "--output"}, description = "output directory")
    Path output;

    @Override
    public Integer call() throws IOException {
        Exporter exporter = ExporterRegistry.load(getClass().getClassLoader()).require(format)
                .create(ExportOptions.DEFAULTS);
        ArticleParser parser = ArticleParser.create();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Path input : inputs) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
            for (Path file : files) {
                try {
                    Article article = parser.parse(Files.readAllBytes(file), file.toString());
                    if (output == null) {
                        OutputStream out = System.out;
                        exporter.write(article, out);
                        out.flush();
                    } else {
                        Path relative = Files.isDirectory(input) ? input.relativize(file) : file.getFileName();
                        String name = relative.toString().replaceFirst("\\.[^.]*$", "") + "." + exporter.extension();
                        Path target = output.resolve(name);
                        Files.createDirectories(target.getParent());
                        try (OutputStream out = Files.newOutputStream(target)) {
                            exporter.write(article, out);
                        }
                    }
                } catch (ArticleException | IOException e) {
                    failures++;
                    err.println(file + ": " + e.getMessage());
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
