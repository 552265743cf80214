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
package io.github.camelbitrix24.notify.examples.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What the component counted, where an operator looks for it (docs/observability.md): the {@code bitrix24-notify} dev
 * console as text, and a few meters and the component's health checks as this application's actuator serves them over
 * HTTP.
 */
@Component
public class FiguresReport {

    static final String CONSOLE = "bitrix24-notify";

    /** A few of the meters; {@code /actuator/metrics} lists them all. */
    static final List<String> METERS = List.of(
            "camel.bitrix24.notify.requests.sent",
            "camel.bitrix24.notify.batches.sent",
            "camel.bitrix24.notify.bucket.level",
            "camel.bitrix24.notify.consumer.delivered",
            "camel.bitrix24.notify.consumer.last.delivered.id");

    private static final String SCHEME = "bitrix24-notify";

    private final CamelContext camelContext;
    private final Environment environment;
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    public FiguresReport(CamelContext camelContext, Environment environment) {
        this.camelContext = camelContext;
        this.environment = environment;
    }

    public void print() throws IOException, InterruptedException {
        System.out.println();
        System.out.print(report());
    }

    String report() throws IOException, InterruptedException {
        String actuator = "http://localhost:" + environment.getRequiredProperty("local.server.port") + "/actuator";
        return "Dev console " + CONSOLE + " (as JSON: " + actuator + "/camel/" + CONSOLE + "):\n" + consoleText()
               + "\nMeters (" + actuator + "/metrics/<name>):\n" + meters(actuator)
               + "\nHealth checks (" + actuator + "/health):\n" + healthChecks(actuator);
    }

    /** As {@code camel get} and camel-main's /q/dev show it; the actuator's /actuator/camel serves JSON only. */
    private String consoleText() {
        return DevConsoleRegistry.get(camelContext).getConsole(CONSOLE)
                .map(console -> ((String) console.call(DevConsole.MediaType.TEXT)).stripTrailing() + "\n")
                .orElse("    not found: camel-console and camel.main.dev-console-enabled=true show it\n");
    }

    private String meters(String actuator) throws IOException, InterruptedException {
        StringBuilder text = new StringBuilder();
        for (String meter : METERS) {
            text.append("    ").append(meter).append(" = ").append(value(get(actuator + "/metrics/" + meter))).append('\n');
        }
        return text.toString();
    }

    /** The checks of the component: one per portal its producers call, one per route it feeds. */
    private String healthChecks(String actuator) throws IOException, InterruptedException {
        JsonNode checks = get(actuator + "/health").path("components").path("camelHealth").path("details");
        Set<String> consumerChecks = consumerChecks();
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, JsonNode> check : checks.properties()) {
            String id = check.getKey();
            if (id.startsWith("producer:" + SCHEME + ":") && !id.endsWith(".data") || consumerChecks.contains(id)) {
                text.append("    ").append(id).append(": ").append(check.getValue().asText())
                        .append(errorCodeOf(checks.path(id + ".data"))).append('\n');
            }
        }
        return text.toString();
    }

    private Set<String> consumerChecks() {
        return camelContext.getRoutes().stream()
                .filter(route -> route.getEndpoint().getEndpointUri().startsWith(SCHEME + ":"))
                .map(route -> "consumer:" + route.getRouteId()).collect(Collectors.toSet());
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        // the health endpoint answers 503 while a check is down, with the same body; a meter not registered, 404
        return mapper.readTree(response.body());
    }

    /** A meter's one measurement (COUNT or VALUE), summed over its portals or routes. */
    private static String value(JsonNode meter) {
        JsonNode measurement = meter.path("measurements").path(0);
        if (measurement.isMissingNode()) {
            return "not registered";
        }
        double value = measurement.path("value").asDouble();
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String errorCodeOf(JsonNode data) {
        JsonNode code = data.path("bitrix24.error.code");
        return code.isMissingNode() ? "" : " " + code.asText();
    }
}
