package io.github.camelbitrix24.notify.docs.examples;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files the Camel JBang guide runs with {@code camel run}, run by camel-main, which loads YAML routes and
 * properties as Camel JBang does: Camel JBang itself does not resolve on the machines this project is built on.
 */
class JbangFilesTest {

    /** The route file the guide runs with the Kamelets (which are on the class path, in their artifact). */
    static final String KAMELET_ROUTES = "examples/kamelets/src/main/resources/routes/bitrix24-kamelets.camel.yaml";

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    @BeforeEach
    void freshPortal() {
        PORTAL.sandbox().reset();
    }

    @Test
    void theYamlRouteAndItsPropertiesNotifyAndReadTheInbox() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.seed(1).text("Budget review at 3 pm").create();

        try (CamelMainRun camel = new CamelMainRun().routeFiles("classpath:jbang/bitrix24.camel.yaml")
                .propertiesFile("classpath:jbang/application.properties")
                .env("BITRIX24_WEBHOOK_URL", sandbox.webhookUrl())
                .start()) {
            NotifyBuilder sent = new NotifyBuilder(camel.context()).fromRoute("deploy-notice").whenCompleted(1).create();
            NotifyBuilder read = new NotifyBuilder(camel.context()).fromRoute("inbox").whenCompleted(1).create();

            assertThat(sent.matches(20, TimeUnit.SECONDS)).isTrue();
            assertThat(read.matches(20, TimeUnit.SECONDS)).isTrue();
        }
        RecordedCall notice = sandbox.calls("im.notify").get(0);
        assertThat(notice.param("TYPE")).isEqualTo("SYSTEM");
        assertThat(sandbox.notifications(1)).extracting(StoredNotification::text).contains("Deploy of billing 2.4.1 finished");
    }

    @Test
    void theKameletRoutesRunWithTheKameletsAndTheSameProperties() {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        Path root = Path.of(System.getProperty("docs.root"));

        try (CamelMainRun camel = new CamelMainRun().routeFiles("file:" + root.resolve(KAMELET_ROUTES))
                .propertiesFile("classpath:jbang/application.properties")
                .env("BITRIX24_WEBHOOK_URL", sandbox.webhookUrl())
                .start()) {
            NotifyBuilder sent = new NotifyBuilder(camel.context()).fromRoute("backup-alert").whenCompleted(1).create();

            assertThat(sent.matches(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(sandbox.notifications(1)).extracting(StoredNotification::text).contains("Nightly backup finished");
    }
}
