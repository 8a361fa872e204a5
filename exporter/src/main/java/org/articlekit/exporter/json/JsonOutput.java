package org.articlekit.exporter.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.articlekit.exporter.internal.Utf8Bytes;

/**
 * Writes one JSON value as UTF-8 onto a stream: compact, or laid out as {@code JSON.stringify(value, null, 2)}
 * does (two spaces per level, {@code "key": value}, {@code []} and {@code {}} for empty containers, {@code \n}
 * line ends on every platform).
 *
 * <p>Strings are escaped as JSON requires and as Jackson's generator escapes them: control characters as
 * {@code \n}-style or <code>&#92;u00XX</code> escapes, {@code "} and {@code \}. Beyond that, {@code <} is written
 * as <code>&#92;u003c</code>, so no {@code <script} or {@code </script} appears in an output that may be embedded
 * in an HTML page, and an unpaired surrogate, which UTF-8 cannot encode, as U+FFFD. Every other character is
 * written as its UTF-8 bytes. Numbers are written as {@link Long#toString}, {@link Double#toString}, {@link
 * BigInteger#toString} and {@link BigDecimal#toString} spell them.
 *
 * <p>Indentation stops growing after {@link #MAX_INDENTED_LEVELS} levels: the output of a hostile, deeply nested
 * tree then grows linearly with its size instead of quadratically. Nesting itself is unlimited. The caller keeps
 * to JSON's grammar (a name before each value of an object, ends matching starts); one instance writes one
 * value, is not thread-safe, and holds no state shared with any other.
 */
final class JsonOutput {

    /** Levels beyond this many are written at this indentation. Real articles stay well below it. */
    static final int MAX_INDENTED_LEVELS = 40;

    /** Bytes kept before they go to the stream: a short article is one write. */
    private static final int BUFFER = 1 << 13;
    /** Characters of a string encoded at a time, copied out of it in bulk first. */
    private static final int CHUNK = 1 << 9;
    /** The most bytes one character can take: the six of <code>&#92;u00XX</code>. */
    private static final int MOST_PER_CHAR = 6;

    /**
     * For each ASCII character: 0 written as it is, a letter for its two-character escape ({@code \n}), or -1
     * for the six-character <code>&#92;u00XX</code> form.
     */
    private static final byte[] ESCAPES = escapes();
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** The escape of {@code <}, spelled in lower case as {@code JSON.stringify}-style writers and our docs do. */
    private static final byte[] LESS_THAN = "\\u003c".getBytes(StandardCharsets.US_ASCII);

    private static final int REPLACEMENT_CHARACTER = 0xFFFD;

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final boolean pretty;
    private final byte[] buffer = new byte[BUFFER];
    private int used;
    /** A string's characters, a chunk at a time. */
    private char[] chars;
    /** For each open container, outermost first: whether it has a member yet. Grows with the nesting. */
    private boolean[] filled = new boolean[16];
    private int depth;
    /** Whether a name was just written, so that its value follows with no separator. */
    private boolean afterName;

    /**
     * @param out    where the bytes go; it is flushed by {@link #finish()}, never closed
     * @param pretty whether to lay the value out on indented lines
     */
    JsonOutput(OutputStream out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    void startObject() throws IOException {
        beforeValue();
        put((byte) '{');
        open();
    }

    void endObject() throws IOException {
        close((byte) '}');
    }

    void startArray() throws IOException {
        beforeValue();
        put((byte) '[');
        open();
    }

    void endArray() throws IOException {
        close((byte) ']');
    }

    /** Writes the name of an object's next member; its value comes next. */
    void name(String name) throws IOException {
        beforeMember();
        quoted(name);
        nameWritten();
    }

    /** Writes a name made once for many uses, as {@link #name(String)} writes its text. */
    void name(Name name) throws IOException {
        beforeMember();
        raw(name.quoted);
        nameWritten();
    }

    private void nameWritten() throws IOException {
        put((byte) ':');
        if (pretty) {
            put((byte) ' ');
        }
        afterName = true;
    }

    /** Writes a string, or {@code null} when it is null. */
    void string(String value) throws IOException {
        beforeValue();
        if (value == null) {
            raw(NULL);
        } else {
            quoted(value);
        }
    }

    void number(long value) throws IOException {
        beforeValue();
        ascii(Long.toString(value));
    }

    /** Writes a finite double; JSON has no spelling for {@code NaN} or the infinities. */
    void number(double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON cannot express " + value);
        }
        beforeValue();
        ascii(Double.toString(value));
    }

    void number(BigInteger value) throws IOException {
        beforeValue();
        ascii(value.toString());
    }

    void number(BigDecimal value) throws IOException {
        beforeValue();
        ascii(value.toString());
    }

    void bool(boolean value) throws IOException {
        beforeValue();
        raw(value ? TRUE : FALSE);
    }

    void nullValue() throws IOException {
        beforeValue();
        raw(NULL);
    }

    /** A member name with its quoted, escaped bytes worked out once. Immutable. */
    static final class Name {
        private final byte[] quoted;

        private Name(byte[] quoted) {
            this.quoted = quoted;
        }

        static Name of(String name) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            JsonOutput json = new JsonOutput(bytes, false);
            try {
                json.quoted(name);
                json.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a ByteArrayOutputStream never throws
            }
            return new Name(bytes.toByteArray());
        }
    }

    /** Writes out what is buffered and flushes the stream. */
    void finish() throws IOException {
        drain();
        out.flush();
    }

    private void open() {
        if (depth == filled.length) {
            filled = Arrays.copyOf(filled, depth * 2);
        }
        filled[depth++] = false;
    }

    private void close(byte bracket) throws IOException {
        boolean hadMembers = filled[--depth];
        if (pretty && hadMembers) {
            newLine(depth);
        }
        put(bracket);
    }

    /** The separator before a value: none after a name or at the root, else as before an array's member. */
    private void beforeValue() throws IOException {
        if (afterName) {
            afterName = false;
        } else if (depth > 0) {
            beforeMember();
        }
    }

    /** A comma after the container's previous member, and in the pretty layout a new, indented line. */
    private void beforeMember() throws IOException {
        if (filled[depth - 1]) {
            put((byte) ',');
        } else {
            filled[depth - 1] = true;
        }
        if (pretty) {
            newLine(depth);
        }
    }

    private void newLine(int level) throws IOException {
        int spaces = 2 * Math.min(level, MAX_INDENTED_LEVELS);
        room(1 + spaces);
        buffer[used++] = '\n';
        Arrays.fill(buffer, used, used + spaces, (byte) ' ');
        used += spaces;
    }

    /** Writes {@code text} in quotes, escaped. */
    private void quoted(String text) throws IOException {
        put((byte) '"');
        int length = text.length();
        if (length > 0 && chars == null) {
            chars = new char[CHUNK];
        }
        for (int start = 0; start < length; ) {
            int end = Math.min(length, start + CHUNK);
            if (end < length && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // a high surrogate goes with what follows it, which may be its pair
            }
            text.getChars(start, end, chars, 0);
            room((end - start) * MOST_PER_CHAR);
            used = encode(end - start, used);
            start = end;
        }
        put((byte) '"');
    }

    /** Encodes the first {@code count} of {@link #chars} into the buffer at {@code n}; returns where it ends. */
    private int encode(int count, int n) {
        char[] text = chars;
        byte[] bytes = buffer;
        int i = 0;
        while (i < count) {
            // most text is ASCII that needs no escape: a tight loop copies each run of it
            for (char c; i < count && (c = text[i]) < 0x80 && ESCAPES[c] == 0; i++) {
                bytes[n++] = (byte) c;
            }
            if (i == count) {
                break;
            }
            char c = text[i++];
            if (c < 0x80) {
                n = escape(c, ESCAPES[c], n);
            } else if (!Character.isSurrogate(c)) {
                n = Utf8Bytes.put(c, bytes, n);
            } else if (Character.isHighSurrogate(c) && i < count && Character.isLowSurrogate(text[i])) {
                n = Utf8Bytes.put(Character.toCodePoint(c, text[i++]), bytes, n);
            } else {
                // an unpaired surrogate, which UTF-8 cannot encode
                n = Utf8Bytes.put(REPLACEMENT_CHARACTER, bytes, n);
            }
        }
        return n;
    }

    /** Writes the escape of the ASCII character {@code c} at {@code n}; returns where the next byte goes. */
    private int escape(char c, byte escape, int n) {
        byte[] bytes = buffer;
        bytes[n++] = '\\';
        if (escape > 0) {
            bytes[n++] = escape;
        } else if (c == '<') {
            System.arraycopy(LESS_THAN, 1, bytes, n, LESS_THAN.length - 1);
            n += LESS_THAN.length - 1;
        } else {
            bytes[n++] = 'u';
            bytes[n++] = '0';
            bytes[n++] = '0';
            bytes[n++] = HEX[c >> 4];
            bytes[n++] = HEX[c & 0xF];
        }
        return n;
    }

    private static byte[] escapes() {
        byte[] escapes = new byte[128];
        for (int c = 0; c < 0x20; c++) {
            escapes[c] = -1;
        }
        escapes['<'] = -1;
        escapes['"'] = '"';
        escapes['\\'] = '\\';
        escapes['\b'] = 'b';
        escapes['\t'] = 't';
        escapes['\f'] = 'f';
        escapes['\n'] = 'n';
        escapes['\r'] = 'r';
        return escapes;
    }

    /** Writes text known to be ASCII with nothing to escape: a number's spelling, which may be of any length. */
    private void ascii(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            put((byte) text.charAt(i));
        }
    }

    private void raw(byte[] bytes) throws IOException {
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void put(byte b) throws IOException {
        if (used == BUFFER) {
            drain();
        }
        buffer[used++] = b;
    }

    /** Makes room for {@code length} more bytes, at most {@link #BUFFER}. */
    private void room(int length) throws IOException {
        if (used + length > BUFFER) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
