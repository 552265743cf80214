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
package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.client.TlsSource;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/** Camel's {@code SSLContextParameters} as the portal client takes them: the TLS context is made when first needed. */
final class CamelTls {

    private CamelTls() {
    }

    static TlsSource of(SSLContextParameters parameters, CamelContext context) {
        return new TlsSource(parameters, () -> {
            try {
                return parameters.createSSLContext(context);
            } catch (Exception e) {
                throw new IllegalArgumentException(
                        "Cannot create the TLS context from sslContextParameters: " + e.getMessage(), e);
            }
        });
    }
}
