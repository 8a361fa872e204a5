package org.articlekit.parser.internal.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date a Jekyll-style file name carries: {@code 2013-08-06-title.md} is 6 August 2013, at midnight. */
final class FileNameDate {

    private static final Pattern JEKYLL = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})-.+");

    private FileNameDate() {
    }

    static Optional<OffsetDateTime> of(String path, ZoneId zone) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        if (name.length() < 12 || name.charAt(4) != '-' || name.charAt(7) != '-' || name.charAt(10) != '-') {
            return Optional.empty(); // most names are not dated: no matcher for them
        }
        Matcher m = JEKYLL.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return Optional.of(date.atStartOfDay(zone).toOffsetDateTime());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
