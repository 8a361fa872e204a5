package org.articlekit.exporter.text;

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

/** Writes plain text. (Walking skeleton: title, paragraphs, image placeholders.) */
public final class TextExporter implements Exporter {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void write(Article article, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (article.metadata().title() != null) {
            w.write(article.metadata().title() + "\n\n");
        }
        for (Block block : article.content().children()) {
            if (block instanceof Paragraph p) {
                for (Inline inline : p.children()) {
                    if (inline instanceof Text t) {
                        w.write(t.value());
                    } else if (inline instanceof Image i) {
                        w.write("[image: " + i.alt() + "]");
                    }
                }
                w.write("\n\n");
            }
        }
        w.flush();
    }
}
