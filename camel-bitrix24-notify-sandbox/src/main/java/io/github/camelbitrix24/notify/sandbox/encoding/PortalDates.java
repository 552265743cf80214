/*
 * Copyright The camel-bitrix24-notify maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelbitrix24.notify.sandbox.encoding;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Dates the way the portal writes them: ISO 8601 to the second with a numeric offset ({@code date('c')} in PHP). The
 * sandbox portal runs in UTC.
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
