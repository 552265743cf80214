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

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The one-pass reading of an answer's top level, on the bodies the portal sends. */
class EnvelopeTest {

    private final ObjectMapper mapper = BitrixJson.newMapper();

    private Envelope read(String json) {
        return Envelope.read(mapper, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheResultAndTheOperatingFiguresDurationAndStartOfTime() {
        Envelope answer = read("""
                {"result":{"items":[1,2],"total":2},"time":{"start":1747218392.0912,"finish":1747218392.1345,
                 "duration":0.0433,"processing":0.0121,"date_start":"2025-05-14T13:26:32+03:00",
                 "date_finish":"2025-05-14T13:26:32+03:00","operating_reset_at":1747218992,"operating":12.5}}""");

        assertThat(answer.result().path("items").size()).isEqualTo(2);
        assertThat(answer.error()).isNull();
        assertThat(answer.time()).isEqualTo(new CallTime(12.5, 1747218992L, 0.0433, 1747218392.0912, 1747218392.1345, 0));
        assertThat(answer.time().durationNanos()).isEqualTo(43_300_000L);
        assertThat(answer.time().startEpochNanos()).isCloseTo(1_747_218_392_091_200_000L, within(1_000L));
        assertThat(answer.time().finishEpochNanos()).isCloseTo(1_747_218_392_134_500_000L, within(1_000L));
        assertThat(answer.time().isDatedByThePortal()).as("not yet received by the HTTP client").isFalse();
        assertThat(answer.time().receivedAt(5).isDatedByThePortal()).isTrue();
    }

    @Test
    void aTimeWithoutOperatingFiguresIsUnknown() {
        CallTime durationOnly = read("{\"result\":5,\"time\":{\"start\":1.5,\"duration\":0.1}}").time();
        assertThat(durationOnly.isKnown()).isFalse();
        assertThat(durationOnly.durationNanos()).isEqualTo(100_000_000L);
        assertThat(read("{\"result\":5,\"time\":[]}").time()).isEqualTo(CallTime.UNKNOWN);
        assertThat(read("{\"result\":5}").time()).isEqualTo(CallTime.UNKNOWN);
    }

    @Test
    void readsTheErrorAndItsDescription() {
        Envelope answer = read("{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}");

        assertThat(answer.error()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        assertThat(answer.errorDescription()).isEqualTo("Too many requests");
        assertThat(answer.result()).isNull();
    }

    @Test
    void aNullErrorIsNoError() {
        Envelope answer = read("{\"result\":false,\"error\":null,\"error_description\":null}");

        assertThat(answer.error()).isNull();
        assertThat(answer.result().isBoolean()).isTrue();
    }

    @Test
    void aNullResultIsAResult() {
        assertThat(read("{\"result\":null}").result().isNull()).isTrue();
    }

    @Test
    void anythingButAJsonObjectIsNoEnvelope() {
        assertThat(read("")).isNull();
        assertThat(read("[1,2]")).isNull();
        assertThat(read("<html>502 Bad Gateway</html>")).isNull();
        assertThat(read("{\"result\":")).isNull();
    }
}
