package org.articlekit.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.ExportException;
import org.articlekit.core.ParseException;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterRegistry;
import org.articlekit.parser.ArticleParser;

/**
 * One hostile input read and written in one format, the way the command line converts a file alone: the
 * parser may refuse it with {@link ParseException} and the exporter with {@link ExportException}; anything
 * else thrown — {@code StackOverflowError}, {@code OutOfMemoryError}, a {@code NullPointerException} — is a bug.
 *
 * @param article    the article read, or {@code null} when the parser refused the input
 * @param refusal    the parser's or exporter's refusal, or {@code null}
 * @param output     what the exporter wrote, or {@code null} when there was a refusal
 */
record Conversion(Article article, RuntimeException refusal, String output) {

    /** The built-in formats every hostile input is written in. */
    static final List<String> FORMATS = List.of("json", "jsonl", "markdown", "text");

    /** A hang guard, not a speed target: the slowest of these runs in a few seconds on a shared core. */
    static final Duration BOUND = Duration.ofSeconds(60);

    private static final ExporterRegistry REGISTRY = ExporterRegistry.load(Conversion.class.getClassLoader());

    /** The built-in exporter of {@code format} with its default options. */
    static Exporter exporter(String format) {
        return REGISTRY.require(format).create(ExportOptions.DEFAULTS);
    }

    /** Reads and writes {@code input} within {@link #BOUND}, failing on anything but a documented refusal. */
    static Conversion run(HostileInput input, String format) {
        Exporter exporter = exporter(format);
        return assertTimeoutPreemptively(BOUND, () -> convert(input, exporter),
                () -> input + " → " + format + " did not end within " + BOUND.toSeconds() + " s");
    }

    private static Conversion convert(HostileInput input, Exporter exporter) {
        Article article;
        try {
            article = ArticleParser.create(input.options()).parse(input.bytes().get(), input.path());
        } catch (ParseException refused) {
            return new Conversion(null, refused, null);
        } catch (Throwable bug) {
            throw new AssertionError("parsing " + input + " threw " + bug, bug);
        }
        try {
            return new Conversion(article, null, exporter.render(article));
        } catch (ExportException refused) {
            return new Conversion(article, refused, null);
        } catch (Throwable bug) {
            throw new AssertionError("writing " + input + " as " + exporter.name() + " threw " + bug, bug);
        }
    }

    /**
     * Converts {@code input} to {@code format} and checks everything a hostile input must not achieve: an
     * unexpected exception, a hang, unsafe output, or — for inputs with a survivor word — lost text.
     */
    static void assertHandled(HostileInput input, String format) {
        Conversion conversion = run(input, format);
        if (conversion.refusal() != null) {
            assertFalse(conversion.refusal().getMessage() == null || conversion.refusal().getMessage().isBlank(),
                    () -> "a refusal must say why: " + input);
            if (input.survivor() != null) {
                fail(input + " → " + format + " was refused, but its text must survive: "
                        + conversion.refusal().getMessage());
            }
            return;
        }
        SafeOutput.assertSafeTree(input.name(), conversion.article());
        SafeOutput.assertSafe(input.name(), format, conversion.output());
        if (input.survivor() != null) {
            assertTrue(conversion.output().contains(input.survivor()),
                    () -> input + " → " + format + " lost the word '" + input.survivor() + "'");
        }
    }
}
