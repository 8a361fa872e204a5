package org.articlekit.exporter.markdown.internal;

/** Link destinations and titles spelled so that a CommonMark reader gets back exactly the same strings. */
final class Destinations {

    /** commonmark-java gives up on more nested parentheses than this in a bare destination. */
    private static final int MAX_PARENTHESES = 32;

    private Destinations() {
    }

    /** {@code url} as a destination: bare where it can be, else between {@code <} and {@code >}. */
    static String destination(String url) {
        return isBare(url) ? url : spelled(url);
    }

    /** {@code url} as a destination by the general rules, without the shortcut of {@link #destination}. */
    static String spelled(String url) {
        String value = url.replace("\r\n", "%0A").replace("\n", "%0A").replace("\r", "%0D");
        boolean pointed = value.isEmpty() || value.charAt(0) == '<' || !balanced(value);
        for (int i = 0; i < value.length() && !pointed; i++) {
            char c = value.charAt(i);
            pointed = c <= ' ' || c == 0x7f || c == '>';     // '<' is written as an entity, below
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        if (pointed) {
            out.append('<');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' && TextWriter.startsEntity(value, i)) {
                // cmark-gfm reads "\&amp;" in a destination as "&": the entity for & is read alike everywhere
                out.append("&amp;");
                continue;
            }
            if (c == '<') {
                // read back as '<' by every CommonMark reader, and no "<script" in the output for any other reader
                out.append("&lt;");
                continue;
            }
            if (c == '\\' || pointed && c == '>') {
                out.append('\\');
            }
            out.append(c);
        }
        if (pointed) {
            out.append('>');
        }
        return out.toString();
    }

    /**
     * Whether {@code url} is written as it is: no space, control character, angle bracket, backslash, parenthesis or
     * entity-like {@code &} (most URLs), so the general spelling below would copy it unchanged.
     */
    private static boolean isBare(String url) {
        if (url.isEmpty()) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '\\' || c == '(' || c == ')'
                    || c == '&' && TextWriter.startsEntity(url, i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code " \"title\""} with its separating space, or the empty string when there is no title. */
    static String title(String title) {
        if (title == null) {
            return "";
        }
        String value = title.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        StringBuilder out = new StringBuilder(value.length() + 4).append(" \"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' && TextWriter.startsEntity(value, i)) {
                out.append("&amp;");
                continue;
            }
            if (c == '<' && TextWriter.opensMarkup(i + 1 < value.length() ? value.charAt(i + 1) : Chars.EDGE)) {
                out.append("&lt;");     // a title is read with entities decoded: the same string, no tag look-alike
                continue;
            }
            if (c == '\\' || c == '"') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static boolean balanced(String value) {
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                if (++depth > MAX_PARENTHESES) {
                    return false;
                }
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
