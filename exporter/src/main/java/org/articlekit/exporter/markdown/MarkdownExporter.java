package org.articlekit.exporter.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.articlekit.core.Article;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Text;
import org.articlekit.exporter.Exporter;

/** Writes CommonMark. (Walking skeleton: title, paragraphs, text, images.) */
public final class MarkdownExporter implements Exporter {

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public void write(Article article, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (article.metadata().title() != null) {
            w.write("# " + article.metadata().title() + "\n\n");
        }
        for (Block block : article.content().children()) {
            if (block instanceof Paragraph p) {
                for (Inline inline : p.children()) {
                    if (inline instanceof Text t) {
                        w.write(t.value());
                    } else if (inline instanceof Image i) {
                        w.write("![" + i.alt() + "](" + i.url() + ")");
                    }
                }
                w.write("\n\n");
            }
        }
        w.flush();
    }
}
