package org.articlekit.exporter.text;

import java.util.List;
import org.articlekit.core.ExportException;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.internal.text.TextSettings;

/** The options of the text format: their names, their help, and how they become {@link TextSettings}. */
final class TextOptions {

    static final String WIDTH = "width";
    static final String LINKS = "links";
    static final String IMAGES = "images";
    static final String HEADER = "header";

    static final List<String> HELP = List.of(
            WIDTH + ": page width in display columns, a CJK character counting two (default 80; 0 = no wrapping)",
            LINKS + ": where link URLs go: end (numbered list at the end, default), inline (text <url>), none",
            IMAGES + ": images and embedded media as placeholder ([image: alt], default) or none",
            HEADER + ": true (default) opens with the title underlined, the date and the authors; false for none");

    private TextOptions() {
    }

    static TextSettings settings(ExportOptions options) {
        int width = options.integer(WIDTH, TextSettings.DEFAULTS.width(), 0);
        if (width != 0 && width < TextSettings.MIN_WIDTH) {
            throw new ExportException("option " + WIDTH + "=" + width + " is not valid: expected 0 (no wrapping) or a"
                    + " whole number from " + TextSettings.MIN_WIDTH);
        }
        return new TextSettings(width,
                options.choice(LINKS, TextSettings.LinkStyle.class, TextSettings.DEFAULTS.links()),
                options.choice(IMAGES, TextSettings.MediaStyle.class, TextSettings.DEFAULTS.media()),
                options.flag(HEADER, TextSettings.DEFAULTS.header()));
    }
}
