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
package io.github.camelbitrix24.notify.examples.yaml;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML routes, loaded by camel-main from application.properties as the example runs them, against the sandbox. */
class YamlRoutesTest extends CamelMainTestSupport {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @Override
    public void configureContext(CamelContextConfiguration camelContextConfiguration) {
        super.configureContext(camelContextConfiguration);
        Properties portal = new Properties();
        portal.setProperty("bitrix24.webhookUrl", PORTAL.sandbox().webhookUrl());
        camelContextConfiguration.withUseOverridePropertiesWithPropertiesComponent(portal);
    }

    @Test
    void notifiesTheDeployWithAnAttachmentAndReadsTheInbox() {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("deploy-notice").whenCompleted(1).create();

        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        assertThat(sandbox.calls()).extracting(RecordedCall::method)
                .containsExactly("im.notify", "im.notify.personal.add", "im.notify.get");
        assertThat(sandbox.calls()).allMatch(RecordedCall::succeeded);

        RecordedCall notice = sandbox.calls("im.notify").get(0);
        assertThat(notice.param("TYPE")).isEqualTo("SYSTEM");
        assertThat(notice.param("TAG")).isEqualTo("DEPLOY_BILLING");
        assertThat(notice.param("CLIENT_ID")).as("from application.properties").isEqualTo("example.yaml");
        assertThat(notice.param("MESSAGE_OUT")).isEqualTo("Deploy of billing 2.4.1 finished (e-mail text)");

        assertThat(sandbox.notifications(1)).extracting(StoredNotification::text)
                .containsExactlyInAnyOrder("Deploy of billing 2.4.1 finished", "Release notes are ready");
        assertThat(sandbox.notifications(1)).filteredOn(n -> n.text().equals("Release notes are ready"))
                .singleElement().satisfies(n -> assertThat(n.attach()).isNotNull());
    }
}
