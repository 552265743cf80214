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

    /** Read once and shared by every portal: it is frozen, and a portal must stay cheap. */
    private static final Object SCHEMA = Json.frozen(load());

    @Override
    public Object execute(CallContext call) {
        return SCHEMA;
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
