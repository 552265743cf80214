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
package io.github.camelbitrix24.notify.client.call;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One REST call: the method and its parameters with their wire names and values (String, Number, List, Map), and what
 * it is, stamped once where it is built: its {@link RequestKind} and whether it is {@code repeatable}, harmless to send
 * again when the portal may already have run it (the copy changes nothing more, or replaces the first).
 */
public record Bitrix24Request(String method, Map<String, Object> params, RequestKind kind, boolean repeatable) {

    public Bitrix24Request {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(kind, "kind");
    }
}
