package org.articlekit.core.document;

import java.util.Locale;
import java.util.Objects;

/**
 * Media the body embeds — an iframe, video, audio or object — kept as its URL, not as raw HTML.
 * The one node articlekit adds to mdast; its JSON form is {@code {"type":"embed","kind":…,"url":…}}.
 *
 * @param kind   what sort of medium it is
 * @param url    the resolved URL of the medium (for a video with several sources, the first usable one)
 * @param title  its title, or {@code null}
 * @param width  its width in pixels, or {@code null}
 * @param height its height in pixels, or {@code null}
 */
public record Embed(Kind kind, String url, String title, Integer width, Integer height) implements Block {

    /** What sort of medium an embed is. */
    public enum Kind {
        /** An {@code <iframe>}: a player or page from another site. */
        IFRAME,
        /** A {@code <video>}. */
        VIDEO,
        /** An {@code <audio>}. */
        AUDIO,
        /** An {@code <embed>} or {@code <object>}. */
        OBJECT;

        /** The lower-case name used in JSON and placeholders. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Embed {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String type() {
        return "embed";
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitEmbed(this);
    }
}
