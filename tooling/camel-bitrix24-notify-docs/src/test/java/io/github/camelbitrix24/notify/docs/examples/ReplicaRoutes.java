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
package io.github.camelbitrix24.notify.docs.examples;

import java.util.concurrent.TimeUnit;

import io.github.camelbitrix24.notify.redis.RedisStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;

/**
 * The Java of the replicas guide (docs/replicas.md); ReplicaRoutesTest runs it against the sandbox and a real
 * redis-server. The guide's Redis address and cluster directory are the test's, passed in.
 */
public class ReplicaRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::master-inbox[]
        from("master:bitrix24-inbox:bitrix24-notify:get?startFrom=UNREAD&stateRepository=#inboxState")
                .routeId("inbox")
                .log("#${body.id} ${body.text}");
        // end::master-inbox[]
    }

    static void fileLockCluster(CamelContext context, String clusterRoot) throws Exception {
        // tag::file-lock-cluster[]
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(clusterRoot);                                    // the same directory for every replica
        cluster.setAcquireLockInterval(1, TimeUnit.SECONDS);             // the same on every replica
        cluster.setHeartbeatTimeoutMultiplier(2);
        context.addService(cluster);
        // end::file-lock-cluster[]
    }

    static void bindInboxState(CamelContext context, String redisUri) {
        // tag::inbox-state[]
        context.getRegistry().bind("inboxState", new RedisStateRepository(redisUri));
        // end::inbox-state[]
    }

    static void bindInboxStateAsService(CamelContext context, String redisUri) throws Exception {
        // tag::inbox-state-service[]
        RedisStateRepository inboxState = new RedisStateRepository(redisUri);
        context.getRegistry().bind("inboxState", inboxState);
        context.addService(inboxState);
        // end::inbox-state-service[]
    }
}
