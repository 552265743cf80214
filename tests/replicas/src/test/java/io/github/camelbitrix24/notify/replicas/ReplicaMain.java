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
package io.github.camelbitrix24.notify.replicas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.redis.RedisRateLimitStore;
import io.github.camelbitrix24.notify.redis.RedisStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * One replica of the integration under test, in a JVM of its own (started by {@link Replica}): the routes every replica
 * runs, against the sandbox portal of the test's JVM. The webhook comes in {@code BITRIX24_WEBHOOK_URL}; the settings
 * are {@code key=value} arguments:
 * <ul>
 * <li>{@code role=send}: sends {@code count} notifications to user {@link #RECIPIENT}, texts {@code <name>-<i>},
 * through a seda route of 200 consumers and {@code batchSize=50}, once the file {@code go} exists; before it says
 * {@code ready}, it sends {@code warmUp} notifications to user {@link #WARM_UP_RECIPIENT} the same way, so that what
 * the test measures is a replica that has run for a while, not a JVM compiling its first batches;</li>
 * <li>{@code role=consume}: delivers the inbox under {@code master:bitrix24-inbox:} with a
 * {@link FileLockClusterService} on {@code clusterRoot} ({@code leaseIntervalMillis}, {@code heartbeatMultiplier}) and
 * the cursor in Redis, appending {@code <id> <epoch millis>} to {@code record} for each notification, then working
 * {@code workMillis} more on it.</li>
 * </ul>
 * Common: {@code name}, {@code redis} (URI), {@code rps}, {@code burst}, {@code status} (a file the replica appends
 * {@code ready}, {@code leader <millis>} and {@code done ...} lines to), and {@code rateLimitStore}: {@code redis}
 * binds a {@link RedisRateLimitStore} to the component's {@code rateLimitStore} option, {@code none} (the default)
 * leaves each replica its own bucket.
 */
public final class ReplicaMain {

    static final long RECIPIENT = 7;
    static final long WARM_UP_RECIPIENT = 8;
    static final String WEBHOOK_VARIABLE = "BITRIX24_WEBHOOK_URL";
    /** A seda consumer thread that finds its consumer still starting sleeps up to a second before its first poll. */
    private static final long SEDA_FIRST_POLL_MILLIS = 1100;

    private ReplicaMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            settings.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        StatusFile status = new StatusFile(Path.of(settings.get("status")));
        CamelContext context = new DefaultCamelContext();
        context.addComponent("bitrix24-notify", component(context, settings));
        Runtime.getRuntime().addShutdownHook(new Thread(context::stop, "replica-stop"));
        switch (settings.get("role")) {
            case "send" -> send(context, settings, status);
            case "consume" -> consume(context, settings, status);
            default -> throw new IllegalArgumentException("role must be send or consume, got " + settings.get("role"));
        }
    }

    /**
     * The component, configured through Camel's property binding as camel-main would: an option the component does not
     * have (rateLimitStore, until the shared budget is wired) stops the replica with Camel's own message.
     */
    private static Bitrix24NotifyComponent component(CamelContext context, Map<String, String> settings) {
        Bitrix24NotifyComponent component = new Bitrix24NotifyComponent();
        component.setCamelContext(context);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("webhookUrl", System.getenv(WEBHOOK_VARIABLE));
        options.put("requestsPerSecond", settings.get("rps"));
        options.put("burst", settings.get("burst"));
        if ("send".equals(settings.get("role"))) {
            options.put("batchSize", "50");
        }
        String store = settings.getOrDefault("rateLimitStore", "none");
        if ("redis".equals(store)) {
            RedisRateLimitStore rateLimitStore = new RedisRateLimitStore(settings.get("redis"));
            // as an application would at start-up: connect, and load Lettuce and Bucket4j, before the first send
            rateLimitStore.start();
            rateLimitStore.limitsOf("warm-up", 1, 2).pauseNanos("warm-up");
            context.getRegistry().bind("rateLimitStore", rateLimitStore);
            options.put("rateLimitStore", "#rateLimitStore");
        } else if (!"none".equals(store)) {
            throw new IllegalArgumentException("rateLimitStore must be redis or none, got " + store);
        }
        PropertyBindingSupport.build().withCamelContext(context).withTarget(component)
                .withConfigurer(component.getComponentPropertyConfigurer())
                .withMandatory(true).withRemoveParameters(false).withProperties(options).bind();
        return component;
    }

    private static void send(CamelContext context, Map<String, String> settings, StatusFile status) throws Exception {
        String name = settings.get("name");
        int count = Integer.parseInt(settings.get("count"));
        int warmUp = Integer.parseInt(settings.getOrDefault("warmUp", "0"));
        Path go = Path.of(settings.get("go"));
        AtomicReference<CountDownLatch> done = new AtomicReference<>(new CountDownLatch(warmUp));
        AtomicInteger failed = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:notifications?concurrentConsumers=200&size=" + Math.max(count, warmUp))
                        .onException(Exception.class).handled(true)
                        .process(exchange -> {
                            failed.incrementAndGet();
                            done.get().countDown();
                        })
                        .end()
                        .toD("bitrix24-notify:notify?userId=${header.recipient}")
                        .process(exchange -> done.get().countDown());
            }
        });
        context.start();
        Thread.sleep(SEDA_FIRST_POLL_MILLIS);
        ProducerTemplate template = context.createProducerTemplate();
        for (int i = 0; i < warmUp; i++) {
            template.sendBodyAndHeader("seda:notifications", name + "-warm-up-" + i, "recipient", WARM_UP_RECIPIENT);
        }
        // without the shared budget the warm-up meets 503s too: what it measures comes after
        boolean warm = done.get().await(2, TimeUnit.MINUTES);
        status.append(String.format("warm-up finished=%s failed=%d", warm, failed.getAndSet(0)));
        done.set(new CountDownLatch(count));
        status.append("ready");
        while (!Files.exists(go)) {
            Thread.sleep(5);
        }
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            template.sendBodyAndHeader("seda:notifications", name + "-" + i, "recipient", RECIPIENT);
        }
        boolean finished = done.get().await(3, TimeUnit.MINUTES);
        status.append(String.format("done finished=%s failed=%d seconds=%.3f", finished, failed.get(),
                (System.nanoTime() - start) / 1e9));
        context.close();
        System.exit(0);
    }

    private static void consume(CamelContext context, Map<String, String> settings, StatusFile status) throws Exception {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(settings.get("name"));
        cluster.setRoot(settings.get("clusterRoot"));
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(Long.parseLong(settings.get("leaseIntervalMillis")), TimeUnit.MILLISECONDS);
        cluster.setHeartbeatTimeoutMultiplier(Integer.parseInt(settings.get("heartbeatMultiplier")));
        context.addService(cluster);
        RedisStateRepository inboxState = new RedisStateRepository(settings.get("redis"));
        context.getRegistry().bind("inboxState", inboxState);
        // connected with the context, not when this replica becomes leader: a takeover does not wait for it
        context.addService(inboxState);
        DeliveryRecord record = new DeliveryRecord(Path.of(settings.get("record")));
        long workMillis = Long.parseLong(settings.get("workMillis"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:bitrix24-inbox:bitrix24-notify:get?startFrom=ALL&initialDelay=0&delay=200&stateRepository=#inboxState")
                        .routeId("inbox")
                        // the route's side effect first, then more work: a kill in between leaves it done but
                        // not counted as delivered
                        .process(exchange -> record
                                .delivered(exchange.getMessage().getHeader("CamelBitrix24NotifyId", Long.class)))
                        .process(exchange -> Thread.sleep(workMillis));
            }
        });
        context.start();
        cluster.getView("bitrix24-inbox").addEventListener((CamelClusterEventListener.Leadership) (view, leader) -> {
            if (view.getLocalMember().isLeader()) {
                status.append("leader " + System.currentTimeMillis());
            }
        });
        status.append("ready");
        // runs until the test stops or kills it
        new CountDownLatch(1).await();
    }
}
