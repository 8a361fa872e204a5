package org.articlekit.cli.internal;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.IsoDates;
import org.articlekit.core.Metadata;
import org.articlekit.core.Stats;

/** An article's metadata, stats and diagnostics as aligned lines for a person: what {@code inspect} prints. */
public final class ArticleDescription {

    private static final int EXCERPT_CHARS = 160;

    private ArticleDescription() {
    }

    /** The lines describing {@code article}, read from {@code file}. */
    public static List<String> lines(Article article, String file) {
        Metadata m = article.metadata();
        List<String> out = new ArrayList<>();
        row(out, "file", file);
        row(out, "front matter", article.source().frontMatterFormat().id() + " (" + m.frontMatter().values().size()
                + (m.frontMatter().values().size() == 1 ? " key)" : " keys)"));
        row(out, "title", m.title());
        row(out, "date", m.date() == null ? null : IsoDates.format(m.date()));
        row(out, "updated", m.updated() == null ? null : IsoDates.format(m.updated()));
        row(out, "authors", String.join(", ", m.authors()));
        row(out, "categories", String.join(", ", m.categories()));
        row(out, "tags", String.join(", ", m.tags()));
        row(out, "cover", m.cover());
        row(out, "thumbnail", m.thumbnail());
        row(out, "summary", m.summary());
        row(out, "lang", m.lang());
        row(out, "draft", m.draft() == null ? null : m.draft().toString());
        row(out, "slug", m.slug());
        row(out, "permalink", m.permalink());
        Stats stats = article.stats();
        row(out, "stats", stats.characters() + " characters, " + stats.words() + " words, " + stats.images()
                + " images, " + stats.links() + " links, " + article.content().children().size() + " blocks");
        String excerpt = article.excerpt();
        row(out, "excerpt", excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0,
                excerpt.offsetByCodePoints(0, Math.min(EXCERPT_CHARS, excerpt.codePointCount(0, excerpt.length()))))
                + "…" : excerpt);
        if (article.diagnostics().isEmpty()) {
            row(out, "diagnostics", "none");
        } else {
            row(out, "diagnostics", String.valueOf(article.diagnostics().size()));
            for (Diagnostic d : article.diagnostics()) {
                out.add("  " + d.format(file));
            }
        }
        return out;
    }

    private static void row(List<String> out, String label, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        out.add(String.format("%-13s %s", label, Failure.oneLine(value)));
    }
}
