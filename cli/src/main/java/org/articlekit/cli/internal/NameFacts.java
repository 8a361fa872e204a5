package org.articlekit.cli.internal;

import java.time.OffsetDateTime;
import org.articlekit.core.Article;
import org.articlekit.core.Metadata;

/**
 * What an output name may be made of, taken from an article while it is at hand so that the article itself need
 * not be kept. Every value is a single path segment, already safe on every common file system.
 */
public record NameFacts(String year, String month, String day, String slug, String category, String author,
        String name) {

    /** The facts of {@code article}, read from {@code input}. */
    public static NameFacts of(Article article, InputFile input) {
        Metadata m = article.metadata();
        OffsetDateTime date = m.date();
        String stem = FileNames.stem(input.relative().substring(input.relative().lastIndexOf('/') + 1));
        String slug = firstNonEmpty(slug(m.slug()), slug(m.title()), slug(stem), "untitled");
        return new NameFacts(
                date == null ? "undated" : String.format("%04d", date.getYear()),
                date == null ? "00" : String.format("%02d", date.getMonthValue()),
                date == null ? "00" : String.format("%02d", date.getDayOfMonth()),
                slug,
                firstNonEmpty(m.categories().isEmpty() ? "" : slug(m.categories().get(0)), "uncategorized"),
                firstNonEmpty(m.authors().isEmpty() ? "" : slug(m.authors().get(0)), "anonymous"),
                FileNames.safeSegment(stem, Slugs.MAX_SLUG_BYTES));
    }

    private static String slug(String text) {
        return text == null ? "" : Slugs.slugify(text);
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
