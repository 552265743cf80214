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
package io.github.camelbitrix24.notify.compat;

import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel row: the camel-main application with YAML routes runs in the test's JVM on the row's Camel version, against
 * the sandbox. A row's module extends it and sets {@code compat.camel.version} for surefire.
 */
public abstract class CamelMainRoundTripTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Test
    void everyCamelJarIsOfTheRowsVersion() {
        String version = RoundTripChecks.expectedCamelVersion();

        assertThat(CamelJars.onClassPath()).containsKeys("camel-api", "camel-main", "camel-yaml-dsl", "camel-support")
                .allSatisfy((artifact, jarVersion) -> assertThat(jarVersion).as(artifact).isEqualTo(version));
    }

    @Test
    void sendsConsumesAndReadsBack() throws Exception {
        RoundTrip trip = RoundTripApp.run(PORTAL.sandbox().webhookUrl());

        RoundTripChecks.assertRoundTrip(trip, PORTAL.sandbox(), RoundTripChecks.expectedCamelVersion());
    }
}
