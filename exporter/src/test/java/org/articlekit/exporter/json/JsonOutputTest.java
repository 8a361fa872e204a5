package org.articlekit.exporter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON writer's bytes: compact output the same as Jackson's generator writes for the same calls (with the
 * escape of {@code <} and unpaired surrogates replaced), and the pretty layout the same value.
 */
class JsonOutputTest {

    /** Characters that take every path of the encoder: escapes, one to four UTF-8 bytes, broken surrogates. */
    private static final String POOL = "aZ09 \"\\/<>&'\u0000\u0001\u0008\t\n\u000b\f\r\u001f\u007f\u0080\u00e9\u07ff"
            + "\u0800\u2028\u4e2d\u3002\ufeff\uffff\ud83d\ude00\ud83d\ude00\ud800\udc00";

    @Test
    void compactOutputIsWhatJacksonWritesForTheSameValues() throws IOException {
        Random random = new Random(11);
        for (int n = 0; n < 2000; n++) {
            List<Call> calls = new ArrayList<>();
            value(random, calls, 0);
            assertEquals(jackson(calls), ours(calls, false), () -> "calls " + calls);
        }
    }

    @Test
    void prettyOutputHoldsTheSameValue() throws IOException {
        ObjectMapper mapper = new ObjectMapper(JsonText.FACTORY);
        Random random = new Random(12);
        for (int n = 0; n < 500; n++) {
            List<Call> calls = new ArrayList<>();
            value(random, calls, 0);
            String pretty = ours(calls, true);
            assertEquals(mapper.readTree(ours(calls, false)), mapper.readTree(pretty), pretty);
        }
    }

    @Test
    void longStringsCrossTheBufferWhole() throws IOException {
        // every character kind at every offset around the 8 KB buffer's end
        Random random = new Random(13);
        for (int n = 0; n < 200; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 8000 + random.nextInt(9000); i > 0; i--) {
                text.append(POOL.charAt(random.nextInt(POOL.length())));
            }
            List<Call> calls = List.of(Call.START_ARRAY, new Call("prefix", "x".repeat(random.nextInt(64))),
                    new Call("string", text.toString()), new Call("big", new BigInteger("9".repeat(9000))),
                    Call.END_ARRAY);
            String expected = jackson(calls);
            String actual = ours(calls, false);
            if (!expected.equals(actual)) {
                int at = 0;
                while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
                    at++;
                }
                fail("output of " + expected.length() + " characters differs from character " + at + ": expected "
                        + expected.substring(at, Math.min(expected.length(), at + 20)) + ", got "
                        + actual.substring(at, Math.min(actual.length(), at + 20)));
            }
        }
    }

    @Test
    void escapesAreSpelledAsDocumented() throws IOException {
        List<Call> calls = List.of(new Call("string", "\u0001\b\t\n\f\r\"\\</script>\u007f\ud800é"));
        assertEquals("\"\\u0001\\b\\t\\n\\f\\r\\\"\\\\\\u003c/script>\u007f\ufffdé\"", ours(calls, false));
    }

    @Test
    void prettyLayoutIsJsonStringifys() throws IOException {
        List<Call> calls = List.of(Call.START_OBJECT, new Call("name", "a"), Call.START_ARRAY, Call.END_ARRAY,
                new Call("name", "b"), Call.START_OBJECT, Call.END_OBJECT, new Call("name", "c"), Call.START_ARRAY,
                new Call("long", 1L), new Call("double", 2.5), new Call("null", null), Call.END_ARRAY,
                Call.END_OBJECT);
        assertEquals("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    2.5,\n    null\n  ]\n}",
                ours(calls, true));
        assertEquals("{\"a\":[],\"b\":{},\"c\":[1,2.5,null]}", ours(calls, false));
    }

    @Test
    void nonFiniteDoublesAreRefused() {
        JsonOutput json = new JsonOutput(new ByteArrayOutputStream(), false);
        assertThrows(IllegalArgumentException.class, () -> json.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> json.number(Double.NEGATIVE_INFINITY));
    }

    /** One call on a writer: what it is, and its argument. */
    private record Call(String kind, Object argument) {
        static final Call START_OBJECT = new Call("{", null);
        static final Call END_OBJECT = new Call("}", null);
        static final Call START_ARRAY = new Call("[", null);
        static final Call END_ARRAY = new Call("]", null);
    }

    /** Appends the calls that write one random value, containers at most four deep. */
    private static void value(Random random, List<Call> calls, int depth) {
        int kind = random.nextInt(depth < 4 ? 10 : 8);
        switch (kind) {
            case 0 -> calls.add(new Call("string", text(random)));
            case 1 -> calls.add(new Call("long", random.nextLong() >> random.nextInt(64)));
            case 2 -> calls.add(new Call("double", random.nextBoolean() ? random.nextDouble() * 1e6
                    : Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL)));
            case 3 -> calls.add(new Call("big", new BigInteger(random.nextInt(300) + 1, random)));
            case 4 -> calls.add(new Call("decimal", new BigDecimal(new BigInteger(80, random), random.nextInt(40) - 20)));
            case 5 -> calls.add(new Call("bool", random.nextBoolean()));
            case 6 -> calls.add(new Call("null", null));
            case 7 -> calls.add(new Call("string", null));
            case 8 -> {
                calls.add(Call.START_ARRAY);
                for (int i = random.nextInt(4); i > 0; i--) {
                    value(random, calls, depth + 1);
                }
                calls.add(Call.END_ARRAY);
            }
            default -> {
                calls.add(Call.START_OBJECT);
                for (int i = random.nextInt(4); i > 0; i--) {
                    calls.add(new Call("name", text(random)));
                    value(random, calls, depth + 1);
                }
                calls.add(Call.END_OBJECT);
            }
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(POOL.charAt(random.nextInt(POOL.length())));
        }
        return text.toString();
    }

    private static String ours(List<Call> calls, boolean pretty) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonOutput json = new JsonOutput(bytes, pretty);
        for (Call call : calls) {
            Object a = call.argument();
            switch (call.kind()) {
                case "{" -> json.startObject();
                case "}" -> json.endObject();
                case "[" -> json.startArray();
                case "]" -> json.endArray();
                case "name" -> json.name((String) a);
                case "string" -> json.string((String) a);
                case "prefix" -> json.string((String) a);
                case "long" -> json.number((Long) a);
                case "double" -> json.number((Double) a);
                case "big" -> json.number((BigInteger) a);
                case "decimal" -> json.number((BigDecimal) a);
                case "bool" -> json.bool((Boolean) a);
                default -> json.nullValue();
            }
        }
        json.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Jackson's escapes with {@code <} escaped, surrogate pairs as one UTF-8 character. */
    private static final JsonFactory JACKSON = new JsonFactoryBuilder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .characterEscapes(new CharacterEscapes() {
                private final int[] escapes = escapes();

                private int[] escapes() {
                    int[] codes = standardAsciiEscapesForJSON();
                    codes['<'] = ESCAPE_CUSTOM;
                    return codes;
                }

                @Override
                public int[] getEscapeCodesForAscii() {
                    return escapes;
                }

                @Override
                public SerializableString getEscapeSequence(int ch) {
                    return ch == '<' ? new SerializedString("\\u003c") : null;
                }
            })
            .build();

    private static String jackson(List<Call> calls) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.createGenerator(bytes)) {
            for (Call call : calls) {
                Object a = call.argument();
                switch (call.kind()) {
                    case "{" -> g.writeStartObject();
                    case "}" -> g.writeEndObject();
                    case "[" -> g.writeStartArray();
                    case "]" -> g.writeEndArray();
                    case "name" -> g.writeFieldName(wellFormed((String) a));
                    case "string", "prefix" -> g.writeString(wellFormed((String) a));
                    case "long" -> g.writeNumber((Long) a);
                    case "double" -> g.writeNumber((Double) a);
                    case "big" -> g.writeNumber((BigInteger) a);
                    case "decimal" -> g.writeNumber((BigDecimal) a);
                    case "bool" -> g.writeBoolean((Boolean) a);
                    default -> g.writeNull();
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** {@code text} with each unpaired surrogate replaced by U+FFFD, which the writer does itself. */
    private static String wellFormed(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder fixed = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                fixed.append(c).append(text.charAt(++i));
            } else {
                fixed.append(Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return fixed.toString();
    }
}
