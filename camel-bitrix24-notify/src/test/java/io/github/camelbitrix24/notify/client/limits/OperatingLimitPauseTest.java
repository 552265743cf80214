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
package io.github.camelbitrix24.notify.client.limits;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.model.NotificationPage;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.SandboxLimits;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** OPERATION_TIME_LIMIT pauses the blocked method until the portal's reset time; the other methods go on. */
class OperatingLimitPauseTest extends SandboxTestSupport {

    @BeforeEach
    void limitTheOperatingTime() {
        // each call costs 0.6 s against 1 s in a 3 s window: the third send in a row is blocked
        sandbox().limits().operatingLimit(Duration.ofSeconds(1)).operatingCostPerCall(Duration.ofMillis(600))
                .operatingResetDelay(Duration.ofSeconds(3));
    }

    @AfterEach
    void liftTheLimit() {
        sandbox().limits().unlimitedOperatingTime().measuredOperatingCost()
                .operatingResetDelay(SandboxLimits.DEFAULT_OPERATING_RESET_DELAY);
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        super.configure(component);
        component.getConfiguration().setRetryDelay(20);
    }

    @Test
    void aBlockedMethodWaitsForItsResetWhileOtherMethodsGoOn() throws Exception {
        template.requestBody("bitrix24-notify:notify?userId=5", "first");
        template.requestBody("bitrix24-notify:notify?userId=5", "second");

        CompletableFuture<Object> third = template.asyncRequestBody("bitrix24-notify:notify?userId=5", "third");
        await().atMost(10, TimeUnit.SECONDS).until(() -> sandbox().answeredErrors("OPERATION_TIME_LIMIT") == 1);
        NotificationPage page = template.requestBody("bitrix24-notify:get", null, NotificationPage.class);
        Long system = template.requestBody("bitrix24-notify:systemAdd?userId=5", "another method", Long.class);

        assertThat(page).isNotNull();
        assertThat(system).isPositive();
        assertThat(third).as("the blocked send still waits for the reset").isNotDone();
        assertThat(third.get(15, TimeUnit.SECONDS)).isInstanceOf(Long.class);
        assertThat(sandbox().answeredErrors("OPERATION_TIME_LIMIT")).as("no call before the reset").isEqualTo(1);
        assertThat(sandbox().calls("im.notify")).extracting(RecordedCall::httpStatus).containsExactly(200, 200, 429, 200);
        assertThat(sandbox().notifications(5)).hasSize(4);
    }
}
