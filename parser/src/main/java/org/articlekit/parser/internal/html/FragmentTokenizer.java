package org.articlekit.parser.internal.html;

import java.util.Locale;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Entities;

/**
 * Splits an HTML fragment into the tokens {@link FastFragment} builds from, reading each one exactly as jsoup's
 * tokeniser would — text runs with their character references decoded, start tags with lower-cased names and
 * attributes, end tags, comments — and answering {@link #UNSURE} for anything it does not read that way for certain
 * (bogus comments, doctypes, CDATA, NUL characters, malformed tags, duplicate attributes, unusual references...).
 * Each token is read once, left to right; nothing is looked at twice, so the cost is linear in the input.
 */
final class FragmentTokenizer {

    static final int EOF = 0;
    static final int TEXT = 1;
    static final int START_TAG = 2;
    static final int END_TAG = 3;
    static final int COMMENT = 4;
    static final int UNSURE = 5;

    // a tag with more attributes is left to jsoup: the duplicate check below compares each pair
    private static final int MAX_ATTRIBUTES = 32;
    // the longest reference name is 31 characters; a longer run of letters is not worth reading
    private static final int MAX_REFERENCE_NAME = 40;
    private static final int MAX_DIGITS = 7;

    private final String src;
    private final char[] chars; // read by index: cheaper than charAt's checks in the inner loops
    private final int length;
    private final Names names;
    private int pos;
    private final int[] codepoints = new int[2];
    // the run being read, while it holds a reference: its text so far, decoded (one buffer for the tokenizer's life)
    private final StringBuilder decoded = new StringBuilder();
    private boolean decoding;

    /** The token just read: its text (TEXT, COMMENT), name (START_TAG, END_TAG), attributes and self-closing flag. */
    String text;
    String name;
    Attributes attributes;
    boolean selfClosing;
    /** The length of the longest attribute value read so far. */
    int longestAttributeValue;
    /** Where the comment just read starts in the source (its {@code <!--}). */
    int commentStart;

    /** @param names the tag names to read; a tag of any other name is {@link #UNSURE} */
    FragmentTokenizer(String src, Names names) {
        this.src = src;
        this.chars = src.toCharArray();
        this.length = chars.length;
        this.names = names;
    }

    /** Reads the next token and returns its kind. */
    int next() {
        if (pos >= length) {
            return EOF;
        }
        if (chars[pos] == '<') {
            char next = pos + 1 < length ? chars[pos + 1] : ' ';
            if (isAsciiLetter(next)) {
                return startTag();
            }
            if (next == '/' && pos + 2 < length && isAsciiLetter(chars[pos + 2])) {
                return endTag();
            }
            if (next == '!') {
                return comment();
            }
            if (next == '?' || next == '/' && pos + 2 < length) {
                return UNSURE; // a bogus comment, or "</>" which jsoup drops without a token
            }
        }
        return text();
    }

    /** After {@code <pre>} or {@code <listing>}: jsoup drops one newline that follows the start tag at once. */
    void skipNewline() {
        if (pos < length && chars[pos] == '\n') {
            pos++;
        }
    }

    /**
     * The raw text of a {@code script}, {@code style} or {@code iframe} up to its end tag, which is consumed; null
     * when unsure (no plain {@code </name>} end tag, a NUL, or script text with {@code <!--} and its escape rules).
     */
    String rawText(String element, boolean script) {
        int start = pos;
        int i = pos;
        while (true) {
            int lt = src.indexOf("</", i);
            if (lt < 0) {
                return null;
            }
            // the name runs to a space, '/' or '>'; reading one character past the wanted length is enough
            int end = lt + 2;
            int limit = Math.min(length, end + element.length() + 1);
            while (end < limit && !isTagNameEnd(chars[end])) {
                end++;
            }
            if (end - lt - 2 == element.length() && src.regionMatches(true, lt + 2, element, 0, element.length())) {
                if (end >= length || chars[end] != '>') {
                    return null; // an end tag with attributes, space or a slash, or cut off
                }
                String data = src.substring(start, lt);
                if (data.indexOf('\0') >= 0 || script && data.contains("<!--")) {
                    return null;
                }
                pos = end + 1;
                return data;
            }
            i = lt + 2;
        }
    }

    private int text() {
        int segment = pos;
        decoding = false;
        int i = pos;
        while (i < length) {
            char c = chars[i];
            if (c == '&') {
                int end = decodeReference(i, false, '\0', segment);
                if (end == -2) {
                    return UNSURE;
                }
                if (end < 0) {
                    i++; // a literal '&'
                    continue;
                }
                i = end;
                segment = end;
            } else if (c == '<') {
                if (i + 1 >= length) {
                    i++; // a '<' at the very end is text
                    continue;
                }
                char next = chars[i + 1];
                if (isAsciiLetter(next) || next == '!' || next == '?' || next == '/') {
                    if (next == '/' && i + 2 >= length) {
                        i = length; // "</" at the end is text
                        continue;
                    }
                    break; // markup starts here
                }
                i++; // '<' before a space, digit... is text, part of the same run
            } else if (c == '\0') {
                return UNSURE;
            } else {
                i++;
            }
        }
        pos = i;
        text = decodedUpTo(segment, i);
        return TEXT;
    }

    private int comment() {
        if (!src.startsWith("<!--", pos)) {
            return UNSURE; // a doctype, CDATA or bogus comment
        }
        commentStart = pos;
        if (src.startsWith("<!---->", pos)) {
            text = ""; // the empty comment, as Vue leaves them
            pos += 7;
            return COMMENT;
        }
        int start = pos + 4;
        int end = src.indexOf("-->", start);
        if (end < 0 || start < length && (chars[start] == '>' || chars[start] == '-')) {
            return UNSURE; // unterminated, or "<!-->", "<!--->", "<!---x" which jsoup reads its own way
        }
        String data = src.substring(start, end);
        if (data.indexOf('\0') >= 0 || data.contains("--!")) {
            return UNSURE;
        }
        text = data;
        pos = end + 3;
        return COMMENT;
    }

    private int endTag() {
        int i = pos + 2;
        int nameStart = i;
        while (i < length && isAsciiLetterOrDigit(chars[i])) {
            i++;
        }
        name = names.find(chars, nameStart, i);
        if (name == null) {
            return UNSURE; // no element of another name is open: jsoup would ignore the tag, splitting the text
        }
        while (i < length && isSpace(chars[i])) {
            i++;
        }
        if (i >= length || chars[i] != '>') {
            return UNSURE; // attributes or odd characters in an end tag, or cut off
        }
        pos = i + 1;
        return END_TAG;
    }

    private int startTag() {
        int i = pos + 1;
        int nameStart = i;
        while (i < length && isAsciiLetterOrDigit(chars[i])) {
            i++;
        }
        if (i >= length || !isTagNameEnd(chars[i])) {
            return UNSURE; // custom elements, odd characters in the name, or cut off
        }
        name = names.find(chars, nameStart, i);
        if (name == null) {
            return UNSURE;
        }
        attributes = null;
        selfClosing = false;
        while (true) {
            while (i < length && isSpace(chars[i])) {
                i++;
            }
            if (i >= length) {
                return UNSURE;
            }
            char c = chars[i];
            if (c == '>') {
                pos = i + 1;
                return START_TAG;
            }
            if (c == '/') {
                if (i + 1 < length && chars[i + 1] == '>') {
                    selfClosing = true;
                    pos = i + 2;
                    return START_TAG;
                }
                return UNSURE;
            }
            i = attribute(i);
            if (i < 0) {
                return UNSURE;
            }
        }
    }

    /** Reads one attribute from {@code i}; returns where the tag goes on, or -1 when unsure. */
    private int attribute(int i) {
        int nameStart = i;
        while (i < length && isAttributeNameChar(chars[i])) {
            i++;
        }
        if (i == nameStart || i >= length) {
            return -1;
        }
        char after = chars[i];
        if (!isSpace(after) && after != '=' && after != '>' && after != '/') {
            return -1;
        }
        String key = lowerCase(nameStart, i);
        while (i < length && isSpace(chars[i])) {
            i++;
        }
        String value = null;
        if (i < length && chars[i] == '=') {
            i++;
            while (i < length && isSpace(chars[i])) {
                i++;
            }
            if (i >= length) {
                return -1;
            }
            char quote = chars[i];
            int end = quote == '"' || quote == '\'' ? attributeValue(i + 1, quote) : attributeValue(i, '\0');
            if (end < 0) {
                return -1;
            }
            value = text;
            i = end;
            if (quote == '"' || quote == '\'') {
                // jsoup reads on after a closing quote followed by anything, but only these are plain
                if (i >= length || !isSpace(chars[i]) && chars[i] != '>' && chars[i] != '/') {
                    return -1;
                }
            }
        }
        if (attributes == null) {
            attributes = new Attributes();
        } else {
            if (attributes.size() >= MAX_ATTRIBUTES || attributes.hasKey(key)) {
                return -1; // duplicates: jsoup keeps the first and reports it; not worth matching
            }
        }
        attributes.add(key, value);
        if (value != null) { // null: an attribute written without a value
            longestAttributeValue = Math.max(longestAttributeValue, value.length());
        }
        return i;
    }

    /**
     * Reads a value into {@link #text}: from after its opening {@code quote} up to the closing one, or unquoted
     * ({@code quote} 0) up to a space or {@code >}. Returns the index after it, or -1 when unsure.
     */
    private int attributeValue(int i, char quote) {
        int start = i;
        int segment = i;
        decoding = false;
        while (i < length) {
            char c = chars[i];
            if (quote != 0 ? c == quote : isSpace(c) || c == '>') {
                if (quote == 0 && i == start) {
                    return -1; // "a=>"
                }
                text = decodedUpTo(segment, i);
                return quote != 0 ? i + 1 : i;
            }
            if (c == '\0') {
                return -1;
            }
            // unquoted, jsoup reports '"', '\'', '<', '=' and '`' as errors, but keeps them in the value as they are
            if (c == '&') {
                int end = decodeReference(i, true, quote != 0 ? quote : '>', segment);
                if (end == -2) {
                    return -1;
                }
                if (end >= 0) {
                    segment = end;
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return -1; // cut off
    }

    /**
     * Reads the character reference at {@code amp} as jsoup does. Returns the index after it, with its code points in
     * {@link #codepoints} (the second 0 when there is one); -1 when the '&' is a literal character; -2 when unsure.
     *
     * @param inAttribute  attribute values keep {@code &name} unread when a letter, digit, {@code =}, {@code -} or
     *                     {@code _} follows, and take no prefix of a longer name
     * @param allowedAfter the character that ends the value ({@code "}, {@code '} or {@code >}), after which an
     *                     {@code &} is literal; {@code \0} in text
     */
    private int reference(int amp, boolean inAttribute, char allowedAfter) {
        int i = amp + 1;
        if (i >= length) {
            return -1;
        }
        char c = chars[i];
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ' ' || c == '<' || c == '&'
                || inAttribute && c == allowedAfter) {
            return -1;
        }
        if (c == '#') {
            return numericReference(i + 1);
        }
        int nameEnd = i;
        while (nameEnd < length && isAsciiLetter(chars[nameEnd])) {
            nameEnd++;
        }
        while (nameEnd < length && isDigit(chars[nameEnd])) {
            nameEnd++;
        }
        if (nameEnd - i > MAX_REFERENCE_NAME) {
            return -2;
        }
        String refName = src.substring(i, nameEnd);
        boolean semicolon = nameEnd < length && chars[nameEnd] == ';';
        boolean found = Entities.isBaseNamedEntity(refName) || semicolon && Entities.isNamedEntity(refName);
        if (!found) {
            if (inAttribute || refName.isEmpty()) {
                return -1;
            }
            // in text, the longest name of the legacy set that starts the run is read, the rest stays text
            String prefix = Entities.findPrefix(refName);
            if (prefix.isEmpty()) {
                return -1;
            }
            refName = prefix;
            nameEnd = i + prefix.length();
        }
        if (inAttribute && nameEnd < length) {
            char after = chars[nameEnd];
            if (isAsciiLetterOrDigit(after) || after == '=' || after == '-' || after == '_') {
                return -1;
            }
        }
        int count = Entities.codepointsForName(refName, codepoints);
        if (count == 1) {
            codepoints[1] = 0;
        } else if (count != 2) {
            return -2;
        }
        return nameEnd < length && chars[nameEnd] == ';' ? nameEnd + 1 : nameEnd;
    }

    /** A numeric reference from after its {@code #}; see {@link #reference}. */
    private int numericReference(int i) {
        boolean hex = i < length && (chars[i] == 'x' || chars[i] == 'X');
        int digits = hex ? i + 1 : i;
        int end = digits;
        while (end < length && (hex ? Character.digit(chars[end], 16) >= 0 && chars[end] < 128
                : isDigit(chars[end]))) {
            end++;
        }
        if (end == digits) {
            return -1; // "&#" or "&#x" without digits: jsoup rewinds and keeps the '&' as text
        }
        if (end - digits > MAX_DIGITS) {
            return -2;
        }
        int value = Integer.parseInt(src, digits, end, hex ? 16 : 10);
        // NUL, C1 controls (remapped to Windows-1252 by jsoup), surrogates and beyond Unicode are left to jsoup
        if (value == 0 || value >= 0x80 && value < 0xA0 || value >= 0xD800 && value <= 0xDFFF || value > 0x10FFFF) {
            return -2;
        }
        codepoints[0] = value;
        codepoints[1] = 0;
        return end < length && chars[end] == ';' ? end + 1 : end;
    }

    /**
     * At a {@code &}: reads a reference as {@link #reference} does and, when it is one, adds the source since
     * {@code segment} and the decoded characters to {@link #decoded}. Returns what {@link #reference} returns.
     */
    private int decodeReference(int i, boolean inAttribute, char terminator, int segment) {
        int end = reference(i, inAttribute, terminator);
        if (end >= 0) {
            if (!decoding) {
                decoded.setLength(0);
                decoding = true;
            }
            decoded.append(src, segment, i).appendCodePoint(codepoints[0]);
            if (codepoints[1] != 0) {
                decoded.appendCodePoint(codepoints[1]);
            }
        }
        return end;
    }

    /** The text of a run that ends at {@code end}: the source since {@code segment}, after what was decoded. */
    private String decodedUpTo(int segment, int end) {
        if (!decoding) {
            return src.substring(segment, end);
        }
        decoding = false;
        return decoded.append(src, segment, end).toString();
    }

    private String lowerCase(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                return src.substring(start, end).toLowerCase(Locale.ROOT);
            }
        }
        return src.substring(start, end);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isTagNameEnd(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    private static boolean isAttributeNameChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }

    /**
     * A fixed set of lower-case tag names, looked up from a tag's characters in any case without making a string:
     * the name read is the set's own instance. Immutable once built.
     */
    static final class Names {

        private final String[] table;
        private final int mask;

        Names(Iterable<String> lowerCaseNames) {
            int count = 0;
            for (String ignored : lowerCaseNames) {
                count++;
            }
            int capacity = Integer.highestOneBit(Math.max(4, count * 4) - 1) << 1;
            table = new String[capacity];
            mask = capacity - 1;
            for (String name : lowerCaseNames) {
                int slot = hash(name.toCharArray(), 0, name.length()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = name;
            }
        }

        /** The set's name spelled by {@code chars[start, end)} in any ASCII case, or null. */
        String find(char[] chars, int start, int end) {
            for (int slot = hash(chars, start, end) & mask; table[slot] != null; slot = (slot + 1) & mask) {
                String name = table[slot];
                if (name.length() == end - start && matches(name, chars, start)) {
                    return name;
                }
            }
            return null;
        }

        private static boolean matches(String name, char[] chars, int start) {
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) != toLower(chars[start + i])) {
                    return false;
                }
            }
            return true;
        }

        private static int hash(char[] chars, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + toLower(chars[i]);
            }
            return hash ^ (hash >>> 16);
        }

        private static char toLower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
    }
}
