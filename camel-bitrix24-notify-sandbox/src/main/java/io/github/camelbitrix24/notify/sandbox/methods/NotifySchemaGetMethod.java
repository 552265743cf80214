package io.github.camelbitrix24.notify.sandbox.methods;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.encoding.Json;

/**
 * {@code im.notify.schema.get}: the portal's notification types, keyed by module, as a fixed realistic schema.
 */
final class NotifySchemaGetMethod implements RestMethod {

    private static final String SCHEMA_RESOURCE = "notify-schema.json";

    private final Object schema = Json.frozen(load());

    @Override
    public Object execute(CallContext call) {
        return schema;
    }

    private static Object load() {
        try (InputStream in = NotifySchemaGetMethod.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sandbox jar lacks " + SCHEMA_RESOURCE);
            }
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCHEMA_RESOURCE, e);
        }
    }
}
