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
package io.github.camelbitrix24.notify.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal (or a proxy before it) that answers with a redirect: following it would post the request, credentials
 * included, to wherever it points. It is never followed.
 */
class RedirectFaultsTest extends SandboxTestSupport {

    private HttpServer elsewhere;
    private final AtomicInteger reachedElsewhere = new AtomicInteger();

    @BeforeEach
    void startAnotherHost() throws IOException {
        elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> {
            reachedElsewhere.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        elsewhere.start();
    }

    @AfterEach
    void stopAnotherHost() {
        elsewhere.stop(0);
    }

    @ParameterizedTest
    @ValueSource(ints = { 301, 302, 307, 308 })
    void aRedirectIsNotFollowedAndFailsClearly(int status) {
        String code = sandbox().webhookUrl().replaceAll(".*/rest/\\d+/([^/]+)/?$", "$1");
        String target = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/rest/1/" + code + "/im.notify";
        sandbox().faults().redirectNext("im.notify", 1, status, target);

        Exchange exchange = send("bitrix24-notify:notify?userId=5&maxRetries=0", "Deployed");

        Bitrix24NotifyException error = exchange.getException(Bitrix24NotifyException.class);
        assertThat(error).isNotNull();
        assertThat(error.getErrorCode()).isEqualTo(Bitrix24NotifyException.REDIRECT_REFUSED);
        assertThat(error.getHttpStatus()).isEqualTo(status);
        assertThat(error.getMessage()).contains("http://127.0.0.1:" + elsewhere.getAddress().getPort()).doesNotContain(code);
        assertThat(reachedElsewhere).hasValue(0);
        assertThat(sandbox().notifications(5)).isEmpty();
    }
}
