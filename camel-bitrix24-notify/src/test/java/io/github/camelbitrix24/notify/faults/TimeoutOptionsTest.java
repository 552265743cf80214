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

import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fault matrix, bad timeouts: a wait of zero or less milliseconds (which HttpClient reads as "wait forever", or which
 * would repeat or flush without pause) is refused when the route starts, naming the option, before any request.
 */
class TimeoutOptionsTest extends SandboxTestSupport {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "connectTimeout, 0", "connectTimeout, -1",
            "requestTimeout, 0", "requestTimeout, -5000",
            "retryDelay, 0", "retryDelay, -1",
            "batchLingerMs, 0", "batchLingerMs, -20" })
    void waitOfZeroOrLessIsRefusedWhenTheRouteStarts(String option, long value) {
        String uri = "bitrix24-notify:notify?userId=5&batchSize=10&" + option + "=" + value;

        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to(uri);
            }
        })).rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(option + " must be above 0 milliseconds, got " + value);

        assertThat(sandbox().calls()).isEmpty();
        assertThat(sandbox().httpRequestCount()).isZero();
    }
}
