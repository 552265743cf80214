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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.github.camelbitrix24.notify.docs.support.CamelMainRun;
import io.github.camelbitrix24.notify.redis.RedisRateLimitStore;
import io.github.camelbitrix24.notify.redis.RedisServerExtension;
import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.Bitrix24SandboxExtension;
import io.github.camelbitrix24.notify.tooling.docs.DocsGenerator;
import org.apache.camel.Component;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replicas guide's Camel K Integration (snippets/bitrix24-inbox.integration.yaml). No cluster runs here, so the
 * resource is checked as data (its dependencies are modules of this build, its component properties options of the
 * component), and its flows run with camel-main, as Camel K's runtime would run them, with a file lock standing in for
 * the Kubernetes lease and the Secret's entries given as properties.
 */
class CamelKIntegrationTest {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();
    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static final String INTEGRATION = "snippets/bitrix24-inbox.integration.yaml";
    private static final String COMPONENT_PROPERTY = "camel.component.bitrix24-notify.";
    private static final String LEASE_PROPERTY = "quarkus.camel.cluster.kubernetes.";

    @TempDir
    Path dir;

    @Test
    void itDependsOnModulesOfThisBuildAndSetsOptionsTheComponentHas() throws IOException {
        Map<String, Object> spec = map(integration().get("spec"));
        Path root = Path.of(System.getProperty("docs.root"));
        for (Object dependency : list(spec.get("dependencies"))) {
            String[] gav = dependency.toString().replaceFirst("^mvn:", "").split(":");
            assertThat(gav[0]).isEqualTo("io.github.camelbitrix24");
            assertThat(root.resolve(gav[1]).resolve("pom.xml")).as(dependency.toString()).isRegularFile();
            assertThat(gav[2]).as("the version of this build, as every other page gives it")
                    .isEqualTo(System.getProperty("project.version"));
        }
        Set<String> options = descriptor().getComponentOptions().stream().map(option -> option.getName())
                .collect(Collectors.toSet());
        for (String property : properties(spec)) {
            String key = property.substring(0, property.indexOf('='));
            if (key.startsWith(COMPONENT_PROPERTY)) {
                assertThat(options).as(key).contains(key.substring(COMPONENT_PROPERTY.length()));
            } else {
                assertThat(key).as("a lease timing of Camel K's Quarkus runtime").startsWith(LEASE_PROPERTY);
            }
        }
        Map<String, Object> master = map(map(spec.get("traits")).get("master"));
        assertThat(master.get("resourceType")).isEqualTo("Lease");
    }

    @Test
    void itsFlowsRunAndDeliverTheInboxWithTheCursorAndTheBudgetInRedis() throws IOException {
        Bitrix24Sandbox sandbox = PORTAL.sandbox();
        sandbox.reset();
        sandbox.seed(Bitrix24Sandbox.DEFAULT_USER_ID).text("Budget review at 3 pm").create();
        Map<String, Object> spec = map(integration().get("spec"));
        Path flows = dir.resolve("flows.camel.yaml");
        Files.writeString(flows, new Dump(DumpSettings.builder().build()).dumpToString(spec.get("flows")));
        FileLockClusterService lease = new FileLockClusterService();
        lease.setRoot(dir.resolve("cluster").toString());

        CamelMainRun run = new CamelMainRun().routeFiles("file:" + flows)
                // the Secret's entries
                .property("bitrix24.webhookUrl", sandbox.webhookUrl())
                .property("redis.uri", REDIS.uri())
                .bind("lease", lease);
        for (String property : properties(spec)) {
            if (property.startsWith(COMPONENT_PROPERTY)) {
                run.property(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
            }
        }
        try (CamelMainRun camel = run.start()) {
            NotifyBuilder delivered = new NotifyBuilder(camel.context()).fromRoute("inbox").whenCompleted(1).create();

            assertThat(delivered.matches(30, TimeUnit.SECONDS)).isTrue();
            Component component = camel.context().getComponent("bitrix24-notify");
            assertThat(((io.github.camelbitrix24.notify.Bitrix24NotifyComponent) component).getConfiguration()
                    .getRateLimitStore()).isInstanceOf(RedisRateLimitStore.class);
        }
    }

    private static List<String> properties(Map<String, Object> spec) {
        return list(map(map(spec.get("traits")).get("camel")).get("properties")).stream().map(Object::toString).toList();
    }

    private static Map<String, Object> integration() throws IOException {
        try (InputStream in = CamelKIntegrationTest.class.getClassLoader().getResourceAsStream(INTEGRATION)) {
            return map(new Load(LoadSettings.builder().build()).loadFromInputStream(in));
        }
    }

    private static ComponentModel descriptor() throws IOException {
        try (InputStream in = CamelKIntegrationTest.class.getClassLoader().getResourceAsStream(DocsGenerator.DESCRIPTOR)) {
            return JsonMapper.generateComponentModel(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return List.copyOf((List<?>) value);
    }
}
