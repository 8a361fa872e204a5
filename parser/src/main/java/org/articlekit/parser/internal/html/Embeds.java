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
                add(found, Attrs.get(element, "src"));
                add(found, Attrs.get(element, "data-src"));
                add(found, Attrs.get(element, "data-lazy-src"));
                found.removeIf(url -> url.equalsIgnoreCase("about:blank"));
            }
            case "video", "audio" -> {
                add(found, Attrs.get(element, "src"));
                add(found, Attrs.get(element, "data-src"));
                for (Element child : element.children()) {
                    if (child.normalName().equals("source")) {
                        add(found, Attrs.get(child, "src"));
                        add(found, Attrs.get(child, "data-src"));
                    }
                }
            }
            case "embed" -> add(found, Attrs.get(element, "src"));
            default -> {
                add(found, Attrs.get(element, "data"));
                for (Element child : element.children()) {
                    String name = Attrs.get(child, "name");
                    if (child.normalName().equals("param") && (name.equalsIgnoreCase("movie")
                            || name.equalsIgnoreCase("src") || name.equalsIgnoreCase("url"))) {
                        add(found, Attrs.get(child, "value"));
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
        String title = collapse(Attrs.get(element, "title"));
        if (title.isEmpty()) {
            title = collapse(Attrs.get(element, "aria-label"));
        }
        return title.isEmpty() ? null : title;
    }

    private static String collapse(String value) {
        return Whitespace.collapse(value);
    }
}
