package org.articlekit.parser.internal.metadata;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms archives write:
 * <ul>
 *   <li>ISO 8601 and its relatives: {@code 2021-06-09T05:40:00Z}, {@code 2020-01-21 12:14:07+02:00},
 *       {@code 2012-08-06T20:31:34.000Z}, offsets as {@code +0530}, {@code +05:30} or {@code +05}, a space before
 *       the offset ({@code 2010-05-12 10:20:30.000000000 +02:00}, {@code 2013-08-06 10:00:00 -0700}),
 *       {@code UTC}/{@code GMT} for the offset, minutes without seconds, date only ({@code 2013-08-06}),
 *       {@code /} or {@code .} between the date's parts and one-digit months and days (Hexo's
 *       {@code 2013/7/13 20:46:25});</li>
 *   <li>RFC 1123 / RFC 822: {@code Wed, 09 Jun 2021 05:40:00 GMT}, day of week optional, {@code +0000} or a
 *       North American zone name;</li>
 *   <li>JavaScript's {@code Date.toString()} and month-first English: {@code Wed Jun 09 2021 13:40:00 GMT+0800
 *       (China Standard Time)}, {@code June 9, 2021};</li>
 *   <li>Unix time in seconds or milliseconds ({@link #epoch}).</li>
 * </ul>
 * A value without an offset is read in the given zone, never the machine's.
 */
public final class DateParser {

    private static final String OFFSET = "(Z|z|UTC|GMT|UT|[+-]\\d{2}(?::?\\d{2})?)";
    private static final Pattern ISO = Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
            + "(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?\\s*" + OFFSET + "?$");
    private static final Pattern RFC_822 = Pattern.compile("^(?:[A-Za-z]{2,9}\\.?,?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?"
            + "[\\s-]+(\\d{2}|\\d{4}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern UTC_NAMED = Pattern.compile(".*\\b(?:GMT|UTC)\\b.*");
    private static final Pattern MONTH_FIRST = Pattern.compile("^(?:[A-Za-z]{2,9}\\.?,?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"
            + "\\s*(?:GMT|UTC)?([+-]\\d{2}:?\\d{2})?(?:\\s*\\([^)]*\\))?$");
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));

    private DateParser() {
    }

    /** The date {@code text} denotes, or empty when it is no date form this parser knows. */
    public static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            Matcher m = ISO.matcher(value);
            if (m.matches()) {
                return Optional.of(iso(m, zone));
            }
            m = RFC_822.matcher(value);
            if (m.matches()) {
                return rfc822(m, zone);
            }
            m = MONTH_FIRST.matcher(value);
            if (m.matches()) {
                return monthFirst(m, zone);
            }
        } catch (DateTimeException | NumberFormatException outOfRange) {
            // a form we know with a field out of range, like 2021-02-30: not a date
        }
        return Optional.empty();
    }

    /** Unix time: ten digits or fewer are seconds, more are milliseconds (what JavaScript writes). */
    public static OffsetDateTime epoch(long value) {
        Instant instant = Math.abs(value) >= 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime iso(Matcher m, ZoneId zone) {
        int nanos = 0;
        if (m.group(8) != null) {
            String fraction = (m.group(8) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(fraction);
        }
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), number(m.group(5)), number(m.group(6)), number(m.group(7)), nanos);
        return at(local, m.group(9), zone);
    }

    private static Optional<OffsetDateTime> rfc822(Matcher m, ZoneId zone) {
        int month = month(m.group(2));
        if (month < 0) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)), number(m.group(6)));
        String zoneText = m.group(7);
        if (zoneText != null && Character.isLetter(zoneText.charAt(0))
                && !ZONE_HOURS.containsKey(zoneText.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(at(local, zoneText, zone));
    }

    private static Optional<OffsetDateTime> monthFirst(Matcher m, ZoneId zone) {
        int month = month(m.group(1));
        if (month < 0) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)),
                number(m.group(4)), number(m.group(5)), number(m.group(6)));
        String offset = m.group(7);
        if (offset == null && m.group(4) != null && UTC_NAMED.matcher(m.group(0)).matches()) {
            offset = "Z";
        }
        return Optional.of(at(local, offset, zone));
    }

    /** The local time at the written offset or zone name, or in {@code zone} when none was written. */
    private static OffsetDateTime at(LocalDateTime local, String offset, ZoneId zone) {
        if (offset == null) {
            return local.atZone(zone).toOffsetDateTime();
        }
        Integer hours = ZONE_HOURS.get(offset.toUpperCase(Locale.ROOT));
        if (hours != null) {
            return local.atOffset(ZoneOffset.ofHours(hours));
        }
        String digits = offset.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int h = Integer.parseInt(digits.substring(1, 3));
        int min = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return local.atOffset(ZoneOffset.ofHoursMinutes(sign * h, sign * min));
    }

    private static int month(String name) {
        String key = name.length() < 3 ? "" : name.substring(0, 3).toLowerCase(Locale.ROOT);
        int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key);
        return index < 0 || index % 3 != 0 ? -1 : index / 3 + 1;
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
