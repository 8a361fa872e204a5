package org.articlekit.exporter.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.articlekit.core.ExportException;
import org.articlekit.exporter.ExportOptions;
import org.junit.jupiter.api.Test;

/** Typed reads of options, and messages that name the offending option. */
class ExportOptionsTest {

    private enum LinkStyle { INLINE, REFERENCE_END }

    private final ExportOptions options = ExportOptions.builder().put("width", "72").put("wrap", "no")
            .put("links", "reference-end").put("offset", "-3").build();

    @Test
    void typedValuesAndFallbacks() {
        assertEquals(72, options.integer("width", 80, 1));
        assertEquals(-3, options.integer("offset", 0));
        assertEquals(80, options.integer("missing", 80, 1));
        assertFalse(options.flag("wrap", true));
        assertTrue(options.flag("missing", true));
        assertEquals(LinkStyle.REFERENCE_END, options.choice("links", LinkStyle.class, LinkStyle.INLINE));
        assertEquals("72", options.string("width", null));
        assertEquals(ExportOptions.of(Map.of("width", "72", "wrap", "no", "links", "reference-end", "offset", "-3")),
                options);
        assertEquals(ExportOptions.DEFAULTS, ExportOptions.builder().build());
    }

    @Test
    void badValuesNameTheOptionAndWhatItTakes() {
        assertEquals("option width=72 is not valid: expected a whole number from 100",
                assertThrows(ExportException.class, () -> options.integer("width", 0, 100)).getMessage());
        assertEquals("option links=reference-end is not valid: expected true or false",
                assertThrows(ExportException.class, () -> options.flag("links", false)).getMessage());
        assertEquals("option wrap=no is not valid: expected inline, reference-end",
                assertThrows(ExportException.class, () -> options.choice("wrap", LinkStyle.class, null))
                        .getMessage());
        assertEquals("option links=reference-end is not valid: expected a whole number",
                assertThrows(ExportException.class, () -> options.integer("links", 0)).getMessage());
    }
}
