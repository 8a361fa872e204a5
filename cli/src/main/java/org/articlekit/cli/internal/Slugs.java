package org.articlekit.cli.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles into slugs: letters and digits of every script kept (CJK too), everything else one {@code -}. */
public final class Slugs {

    /** The longest slug, in UTF-8 bytes: room for a collision suffix and an extension within 255. */
    public static final int MAX_SLUG_BYTES = 200;

    private Slugs() {
    }

    /** The slug of {@code text}, or an empty string when it has no letter or digit. */
    public static String slugify(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(normal.length());
        boolean dash = false;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.appendCodePoint(cp);
            } else {
                dash = true;
            }
        }
        String slug = FileNames.capBytes(out.toString(), MAX_SLUG_BYTES);
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(0, end);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        // Indic and other scripts spell words with combining marks; dropping them would change the word
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
