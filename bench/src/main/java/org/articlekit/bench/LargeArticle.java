package org.articlekit.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds one large article from the seeds: the seed article's front matter, then the HTML bodies of every
 * seed, in name order, repeated until the article reaches the wanted size. Each repetition is a {@code
 * <section>} with its own heading, so the document grows in length, not in depth.
 */
final class LargeArticle {

    private LargeArticle() {
    }

    static Input generate(List<Input> seeds, int targetBytes) {
        Input seed = seeds.stream().filter(input -> input.path().endsWith(Corpus.SEED_FILE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the seed article is missing"));
        String seedText = Corpus.utf8(seed.bytes());
        String frontMatter = seedText.substring(0, seedText.length() - seed.body().length());
        StringBuilder unit = new StringBuilder();
        for (Input input : seeds) {
            String body = input.body().strip();
            if (body.startsWith("<")) { // HTML bodies only: Markdown bodies are not what archives hold
                unit.append(body).append('\n');
            }
        }
        StringBuilder article = new StringBuilder(targetBytes + unit.length() * 2).append(frontMatter);
        int unitBytes = unit.toString().getBytes(StandardCharsets.UTF_8).length;
        long size = frontMatter.getBytes(StandardCharsets.UTF_8).length;
        for (int part = 1; size < targetBytes; part++) {
            String heading = "<section>\n<h2>Part " + part + "</h2>\n";
            article.append(heading).append(unit).append("</section>\n");
            size += heading.length() + unitBytes + "</section>\n".length();
        }
        String name = "seeds/generated-" + (targetBytes / 1_000_000) + "mb.html";
        return Input.of(name, article.toString().getBytes(StandardCharsets.UTF_8));
    }
}
