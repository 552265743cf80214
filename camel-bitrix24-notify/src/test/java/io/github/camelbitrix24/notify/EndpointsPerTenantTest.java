package io.github.camelbitrix24.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.camelbitrix24.notify.client.PortalClients;
import io.github.camelbitrix24.notify.client.PortalSettings;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Endpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Endpoints made per tenant (a toD with one webhook per customer portal) share each portal's limits and batches
 * while they run, and leave nothing behind once Camel stops them, or drops them unstopped.
 */
class EndpointsPerTenantTest extends SandboxTestSupport {

    @Test
    void stoppedEndpointsLeaveNoLimitsNorBatchesBehind() throws Exception {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        List<Endpoint> endpoints = new ArrayList<>();
        for (int tenant = 0; tenant < 50; tenant++) {
            String webhook = "https://tenant-" + tenant + ".example.com/rest/1/code" + tenant + "/";
            endpoints.add(context.getEndpoint("bitrix24-notify:notify?userId=5&batchSize=10&webhookUrl=RAW(" + webhook + ")"));
            // a second endpoint of the same tenant shares its portal's limits and its batch lane
            endpoints.add(context.getEndpoint("bitrix24-notify:systemAdd?userId=6&batchSize=10&webhookUrl=RAW(" + webhook + ")"));
        }

        assertThat(component.clients().portalsInUse()).isEqualTo(50);
        assertThat(component.clients().batchLanesInUse()).isEqualTo(50);

        endpoints.subList(0, 50).forEach(this::remove);
        assertThat(component.clients().portalsInUse()).isEqualTo(25);
        endpoints.subList(50, 100).forEach(this::remove);
        assertThat(component.clients().portalsInUse()).isZero();
        assertThat(component.clients().batchLanesInUse()).isZero();
    }

    @Test
    void clientsNobodyRefersToAnyMoreLeaveNothingBehind() {
        Bitrix24NotifyComponent component = context.getComponent("bitrix24-notify", Bitrix24NotifyComponent.class);
        PortalClients clients = component.clients();
        for (int tenant = 0; tenant < 20; tenant++) {
            // as Camel does with a dynamic endpoint it no longer caches: dropped without being stopped
            Bitrix24NotifyConfiguration settings = new Bitrix24NotifyConfiguration();
            settings.setWebhookUrl("https://dropped-" + tenant + ".example.com/rest/1/code" + tenant + "/");
            settings.setBatchSize(10);
            PortalSettings portal = component.portalSettings(settings);
            clients.clientFor(portal, clients.authFor(portal));
        }
        assertThat(clients.portalsInUse()).isEqualTo(20);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            System.gc();
            assertThat(clients.portalsInUse()).isZero();
            assertThat(clients.batchLanesInUse()).isZero();
        });
    }

    private void remove(Endpoint endpoint) {
        try {
            context.removeEndpoint(endpoint);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
