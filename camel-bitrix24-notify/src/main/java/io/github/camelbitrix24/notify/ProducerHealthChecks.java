package io.github.camelbitrix24.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.client.PortalClients;
import io.github.camelbitrix24.notify.client.stats.PortalStats;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The producer health checks of a component: one per portal, registered with Camel's {@code producers} repository
 * (enabled by {@code camel.health.producersEnabled=true}) while a producer of that portal runs, and switched by the
 * component's {@code healthCheckProducerEnabled}.
 */
final class ProducerHealthChecks {

    private static final Logger LOG = LoggerFactory.getLogger(ProducerHealthChecks.class);

    /** A portal's check and the endpoints of its running producers, one entry per producer. */
    private record PortalCheck(Bitrix24NotifyProducerHealthCheck check, List<Bitrix24NotifyEndpoint> producers) {
    }

    private final Bitrix24NotifyComponent component;
    private final Duration probeAfter;
    private final Map<String, PortalCheck> checks = new HashMap<>();
    private WritableHealthCheckRepository repository;

    /** @param probeAfter how long a down portal stays without news before a check asks it */
    ProducerHealthChecks(Bitrix24NotifyComponent component, Duration probeAfter) {
        this.component = component;
        this.probeAfter = probeAfter;
    }

    synchronized void producerStarted(Bitrix24NotifyEndpoint endpoint) {
        String portal = endpoint.getServiceUrl();
        PortalCheck known = checks.get(portal);
        if (known != null) {
            known.producers().add(endpoint);
            return;
        }
        WritableHealthCheckRepository producers = repository(component.getCamelContext());
        if (producers == null) {
            return;
        }
        PortalClients clients = component.clients();
        List<Bitrix24NotifyEndpoint> endpoints = new ArrayList<>(List.of(endpoint));
        Bitrix24NotifyProducerHealthCheck check = new Bitrix24NotifyProducerHealthCheck(portal,
                () -> clients.health(portal),
                () -> clients.stats(portal).map(PortalStats::lastCallEnded).orElse(null),
                () -> probe(endpoints), probeAfter);
        check.setEnabled(component.isHealthCheckProducerEnabled());
        producers.addHealthCheck(check);
        checks.put(portal, new PortalCheck(check, endpoints));
    }

    synchronized void producerStopped(Bitrix24NotifyEndpoint endpoint) {
        String portal = endpoint.getServiceUrl();
        PortalCheck known = checks.get(portal);
        if (known == null) {
            return;
        }
        known.producers().remove(endpoint);
        if (known.producers().isEmpty()) {
            checks.remove(portal);
            repository.removeHealthCheck(known.check());
        }
    }

    /** Asks the portal through the producers' last endpoint that still runs; its outcome reaches the health alone. */
    private void probe(List<Bitrix24NotifyEndpoint> endpoints) {
        Bitrix24NotifyEndpoint endpoint;
        synchronized (this) {
            endpoint = endpoints.isEmpty() ? null : endpoints.get(endpoints.size() - 1);
        }
        Bitrix24NotifyService service = endpoint == null ? null : endpoint.getService();
        if (service != null) {
            service.probe().whenComplete((ok, failure) -> LOG.debug("Health probe of {}: {}", endpoint.getServiceUrl(),
                    failure == null ? "answered" : failure.getMessage()));
        }
    }

    private WritableHealthCheckRepository repository(CamelContext context) {
        if (repository == null) {
            repository = HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class);
        }
        return repository;
    }
}
