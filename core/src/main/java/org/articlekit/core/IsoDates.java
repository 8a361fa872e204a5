package org.articlekit.core;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** The one written form of dates in every output: ISO 8601 with seconds and an offset, {@code Z} for UTC. */
public final class IsoDates {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private IsoDates() {
    }

    /** {@code 2021-06-09T05:40:00Z}, {@code 2020-01-21T12:14:07+02:00}; a fraction only when there is one. */
    public static String format(OffsetDateTime date) {
        return FORMAT.format(date);
    }
}
