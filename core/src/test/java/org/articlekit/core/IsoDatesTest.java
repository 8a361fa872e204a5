package org.articlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void writesSecondsEvenWhenZeroAndZForUtc() {
        assertEquals("2021-06-09T05:40:00Z", IsoDates.format(OffsetDateTime.parse("2021-06-09T05:40Z")));
    }

    @Test
    void keepsOffsetAndFraction() {
        assertEquals("2020-01-21T12:14:07.5+02:00",
                IsoDates.format(OffsetDateTime.parse("2020-01-21T12:14:07.500+02:00")));
    }
}
