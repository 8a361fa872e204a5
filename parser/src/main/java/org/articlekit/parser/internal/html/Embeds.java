package org.articlekit.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.document.Embed;
import org.jsoup.nodes.Element;

/** Finds the URL and kind of embedded media: {@code iframe}, {@code video}, {@code audio}, {@code embed}, {@code object}. */
final class Embeds {


    private Embeds() {
    }

    static Embed.Kind kind(String tag) {
        return switch (tag) {
            case "iframe" -> Embed.Kind.IFRAME;
            case "video" -> Embed.Kind.VIDEO;
            case "audio" -> Embed.Kind.AUDIO;
            default -> Embed.Kind.OBJECT;
        };
    }

    /** The candidate URLs of a medium, best first, before resolution. */
    static List<String> candidates(Element element) {
        List<String> found = new ArrayList<>();
        switch (element.normalName()) {
            case "iframe" -> {
                add(found, element.attr("src"));
                add(found, element.attr("data-src"));
                add(found, element.attr("data-lazy-src"));
                found.removeIf(url -> url.equalsIgnoreCase("about:blank"));
            }
            case "video", "audio" -> {
                add(found, element.attr("src"));
                add(found, element.attr("data-src"));
                for (Element child : element.children()) {
                    if (child.normalName().equals("source")) {
                        add(found, child.attr("src"));
                        add(found, child.attr("data-src"));
                    }
                }
            }
            case "embed" -> add(found, element.attr("src"));
            default -> {
                add(found, element.attr("data"));
                for (Element child : element.children()) {
                    String name = child.attr("name");
                    if (child.normalName().equals("param") && (name.equalsIgnoreCase("movie")
                            || name.equalsIgnoreCase("src") || name.equalsIgnoreCase("url"))) {
                        add(found, child.attr("value"));
                    }
                }
            }
        }
        return found;
    }

    private static void add(List<String> found, String value) {
        if (value != null && !value.isBlank()) {
            found.add(value.strip());
        }
    }

    /**
     * The title of a medium, its white space collapsed as a browser shows it: its {@code title}, else its
     * {@code aria-label}; {@code null} when neither.
     */
    static String title(Element element) {
        String title = collapse(element.attr("title"));
        if (title.isEmpty()) {
            title = collapse(element.attr("aria-label"));
        }
        return title.isEmpty() ? null : title;
    }

    private static String collapse(String value) {
        return Whitespace.collapse(value);
    }
}
