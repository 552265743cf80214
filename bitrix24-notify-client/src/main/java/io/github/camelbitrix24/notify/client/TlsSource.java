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
package io.github.camelbitrix24.notify.client;

import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

/**
 * Where the TLS context of a portal comes from: created once per {@code identity} (the caller's TLS configuration
 * object) and shared by every client configured with it.
 *
 * @param identity what makes two sources the same, e.g. the TLS configuration object
 * @param create   creates the context; throws IllegalArgumentException when the configuration is wrong
 */
public record TlsSource(Object identity, Supplier<SSLContext> create) {

    @Override
    public boolean equals(Object other) {
        return other instanceof TlsSource source && source.identity.equals(identity);
    }

    @Override
    public int hashCode() {
        return identity.hashCode();
    }
}
