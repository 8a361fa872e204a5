package org.articlekit.parser.internal.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the date forms archives write; a zone-less value is read in the given zone. */
public final class DateParser {

    private DateParser() {
    }

    public static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
        String value = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException ignored) {
            // not RFC 1123; try ISO forms next
        }
        String iso = value.replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(iso));
        } catch (DateTimeParseException ignored) {
            // no offset
        }
        try {
            return Optional.of(LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime());
        } catch (DateTimeParseException ignored) {
            // no time
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}
