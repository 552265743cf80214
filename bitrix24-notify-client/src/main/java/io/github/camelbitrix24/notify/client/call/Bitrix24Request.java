package io.github.camelbitrix24.notify.client.call;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One REST call: the method and its parameters with their wire names and values (String, Number, List, Map).
 */
public record Bitrix24Request(String method, Map<String, Object> params) {

    public Bitrix24Request {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
