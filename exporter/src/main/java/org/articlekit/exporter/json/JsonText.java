package org.articlekit.exporter.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;

/** The one configured Jackson factory of the JSON package, and string writing that never fails on bad text. */
final class JsonText {

    /**
     * Immutable and thread-safe. Jackson's nesting limits are lifted because our code walks trees with explicit
     * stacks; string and name lengths are lifted so that whatever the writer writes, the reader reads back.
     */
    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // characters beyond the BMP (emoji, rare CJK) as UTF-8 bytes, not as escaped surrogate pairs
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /**
     * Set on a generator only around a string that holds a {@code <}: with escapes of its own, Jackson sends every
     * other non-ASCII character through a slower path (a third of the JSON exporter's time on a CJK article).
     */
    private static final CharacterEscapes NO_OPENING_ANGLE = new NoOpeningAngle();

    private JsonText() {
    }

    /**
     * Jackson's standard escapes plus {@code <} written as the six-character escape of U+003C: the same value for
     * every JSON reader, and no {@code <script} or {@code </script} in an output that may be embedded in an HTML
     * page. Immutable.
     */
    private static final class NoOpeningAngle extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private static final int[] ESCAPES = escapes();
        // spelled in lower case, as JSON.stringify-style writers and our documentation do
        private static final SerializableString LESS_THAN = new SerializedString("\\u003c");

        private static int[] escapes() {
            int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_CUSTOM;
            return escapes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ESCAPES.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '<' ? LESS_THAN : null;
        }
    }

    /**
     * Writes {@code value} (or {@code null}), an unpaired surrogate replaced by U+FFFD (UTF-8 cannot encode one) and
     * {@code <} escaped. Every string of text goes through here or {@link #writeFieldName}.
     */
    static void writeString(JsonGenerator g, String value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            write(g, wellFormed(value), JsonGenerator::writeString);
        }
    }

    /** Writes a field name that comes from the input, as {@link #writeString} writes a value. */
    static void writeFieldName(JsonGenerator g, String name) throws IOException {
        write(g, wellFormed(name), JsonGenerator::writeFieldName);
    }

    private interface Write {
        void to(JsonGenerator g, String text) throws IOException;
    }

    /** Writes {@code text} with {@code write}, the escape of {@code <} set around it only when it holds one. */
    private static void write(JsonGenerator g, String text, Write write) throws IOException {
        if (text.indexOf('<') < 0) {
            write.to(g, text);
            return;
        }
        g.setCharacterEscapes(NO_OPENING_ANGLE);
        try {
            write.to(g, text);
        } finally {
            g.setCharacterEscapes(null); // back to the standard escapes
        }
    }

    static String wellFormed(String value) {
        StringBuilder fixed = null;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            boolean paired = Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                i++;
                continue;
            }
            if (fixed == null) {
                fixed = new StringBuilder(value);
            }
            fixed.setCharAt(i, '\uFFFD');
        }
        return fixed == null ? value : fixed.toString();
    }
}
