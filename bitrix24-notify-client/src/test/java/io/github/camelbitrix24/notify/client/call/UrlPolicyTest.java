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

import java.net.URI;

import io.github.camelbitrix24.notify.client.config.Secrets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets go over https, or over plain http to this machine only, never to a name that merely looks like it. */
class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://portal.example.com/rest/", "http://localhost:8080/rest/", "http://127.0.0.1/rest/",
            "http://127.255.3.4:1/", "http://[::1]:9/rest/", "HTTPS://Portal.Example.com/" })
    void allowsHttpsAndLoopbackHttp(String url) {
        assertThat(UrlPolicy.allowsSecrets(URI.create(url))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://portal.example.com/rest/", "http://127.attacker.example/rest/",
            "http://127.0.0.1.attacker.example/", "http://localhost.attacker.example/",
            "http://127.0.0.256/", "ftp://127.0.0.1/", "http://10.0.0.1/" })
    void refusesPlainHttpElsewhere(String url) {
        assertThat(UrlPolicy.allowsSecrets(URI.create(url))).isFalse();
    }
}
