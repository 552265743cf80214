package io.github.camelbitrix24.notify.client.call;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One REST call: the method and its parameters with their wire names and values (String, Number, List, Map), and
 * what it is, stamped once where it is built: its {@link RequestKind} and whether it is {@code repeatable}, harmless
 * to send again when the portal may already have run it (the copy changes nothing more, or replaces the first).
 */
public record Bitrix24Request(String method, Map<String, Object> params, RequestKind kind, boolean repeatable) {

    public Bitrix24Request {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(kind, "kind");
    }
}
