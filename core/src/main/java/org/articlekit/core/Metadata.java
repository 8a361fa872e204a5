package org.articlekit.core;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What an article's front matter says, in typed fields for what archives commonly carry, plus the whole
 * front matter so that nothing a file said is lost. Every typed field is optional ({@code null} or empty).
 *
 * <pre>{@code
 * Metadata m = Metadata.builder().title("Hello").tags(List.of("java")).build();
 * }</pre>
 *
 * @param title       the title
 * @param date        when it was published, with its offset
 * @param updated     when it was last changed, with its offset
 * @param authors     author names, in order
 * @param categories  categories, in order (nested category paths flattened)
 * @param tags        tags, in order
 * @param cover       URL of the cover (header) image
 * @param thumbnail   URL of the thumbnail image
 * @param summary     a summary or description the author wrote
 * @param lang        the language tag, as written
 * @param draft       whether it is a draft; {@code null} when the front matter does not say
 * @param slug        the URL slug
 * @param permalink   the permanent link
 * @param frontMatter every key and value of the front matter, in source order
 */
public record Metadata(
        String title,
        OffsetDateTime date,
        OffsetDateTime updated,
        List<String> authors,
        List<String> categories,
        List<String> tags,
        String cover,
        String thumbnail,
        String summary,
        String lang,
        Boolean draft,
        String slug,
        String permalink,
        FrontMatter frontMatter) {

    /** Metadata with nothing in it: the metadata of a file without front matter. */
    public static final Metadata EMPTY = builder().build();

    public Metadata {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        Objects.requireNonNull(frontMatter, "frontMatter");
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this metadata's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().title(title).date(date).updated(updated).authors(authors).categories(categories)
                .tags(tags).cover(cover).thumbnail(thumbnail).summary(summary).lang(lang).draft(draft)
                .slug(slug).permalink(permalink).frontMatter(frontMatter);
    }

    /** Builds {@link Metadata}; every setter replaces the previous value. */
    public static final class Builder {
        private String title;
        private OffsetDateTime date;
        private OffsetDateTime updated;
        private List<String> authors = List.of();
        private List<String> categories = List.of();
        private List<String> tags = List.of();
        private String cover;
        private String thumbnail;
        private String summary;
        private String lang;
        private Boolean draft;
        private String slug;
        private String permalink;
        private FrontMatter frontMatter = FrontMatter.EMPTY;

        private Builder() {
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder date(OffsetDateTime value) {
            this.date = value;
            return this;
        }

        public Builder updated(OffsetDateTime value) {
            this.updated = value;
            return this;
        }

        public Builder authors(List<String> value) {
            this.authors = Objects.requireNonNull(value, "authors");
            return this;
        }

        public Builder categories(List<String> value) {
            this.categories = Objects.requireNonNull(value, "categories");
            return this;
        }

        public Builder tags(List<String> value) {
            this.tags = Objects.requireNonNull(value, "tags");
            return this;
        }

        public Builder cover(String value) {
            this.cover = value;
            return this;
        }

        public Builder thumbnail(String value) {
            this.thumbnail = value;
            return this;
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        public Builder lang(String value) {
            this.lang = value;
            return this;
        }

        public Builder draft(Boolean value) {
            this.draft = value;
            return this;
        }

        public Builder slug(String value) {
            this.slug = value;
            return this;
        }

        public Builder permalink(String value) {
            this.permalink = value;
            return this;
        }

        public Builder frontMatter(FrontMatter value) {
            this.frontMatter = Objects.requireNonNull(value, "frontMatter");
            return this;
        }

        public Metadata build() {
            return new Metadata(title, date, updated, authors, categories, tags, cover, thumbnail, summary, lang,
                    draft, slug, permalink, frontMatter);
        }
    }
}
