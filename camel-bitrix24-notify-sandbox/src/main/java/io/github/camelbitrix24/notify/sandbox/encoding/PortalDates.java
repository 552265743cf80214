package io.github.camelbitrix24.notify.sandbox.encoding;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Dates the way the portal writes them: ISO 8601 to the second with a numeric offset ({@code date('c')} in PHP).
 * The sandbox portal runs in UTC.
 */
public final class PortalDates {

    public static final ZoneOffset PORTAL_ZONE = ZoneOffset.UTC;

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private PortalDates() {
    }

    public static String format(OffsetDateTime date) {
        return FORMAT.format(date);
    }

    public static String format(Instant instant) {
        return format(instant.atOffset(PORTAL_ZONE));
    }
}
