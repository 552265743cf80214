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
package io.github.camelbitrix24.notify.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the component's figures where an operator would: the dev console (found as Camel finds it, by its id), the JMX
 * attributes of the component's figures MBean and of the consumers' MBeans, and the Micrometer registry bound in the
 * context.
 */
public final class FigureReaders {

    private final CamelContext context;
    private final MeterRegistry meters;

    private FigureReaders(CamelContext context, MeterRegistry meters) {
        this.context = context;
        this.meters = meters;
    }

    /** Binds a meter registry in the context, as Spring Boot's actuator or camel-micrometer would, and reads there. */
    public static FigureReaders boundTo(CamelContext context) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        context.getRegistry().bind("meters", meters);
        return new FigureReaders(context, meters);
    }

    public DevConsole console() {
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("bitrix24-notify");
        assertThat(console).as("the bitrix24-notify dev console, found by its id").isNotNull();
        return console;
    }

    /** The console's JSON entry of the one portal called. */
    @SuppressWarnings("unchecked")
    public JsonObject portalJson() {
        JsonObject json = (JsonObject) console().call(DevConsole.MediaType.JSON);
        return (JsonObject) ((List<Object>) json.get("portals")).get(0);
    }

    @SuppressWarnings("unchecked")
    public JsonObject consumerJson() {
        JsonObject json = (JsonObject) console().call(DevConsole.MediaType.JSON);
        return (JsonObject) ((List<Object>) json.get("consumers")).get(0);
    }

    /** The console's JSON of the completion threads. */
    public JsonObject completionThreadsJson() {
        JsonObject json = (JsonObject) console().call(DevConsole.MediaType.JSON);
        return (JsonObject) json.get("completionThreads");
    }

    public String consoleText() {
        return (String) console().call(DevConsole.MediaType.TEXT);
    }

    /** An attribute of the component's figures MBean, a service of the context. */
    public Object componentAttribute(String name) throws Exception {
        return mbeans().getAttribute(only("org.apache.camel:type=services,name=Bitrix24NotifyMBean*,*"), name);
    }

    /** An attribute of the one consumer's MBean. */
    public Object consumerAttribute(String name) throws Exception {
        return mbeans().getAttribute(only("org.apache.camel:type=consumers,*"), name);
    }

    /** A meter of the portal: a counter's count or a gauge's value. */
    public double meter(String name, String portal, String... tags) {
        RequiredSearch search = meters.get("camel.bitrix24.notify." + name).tag("portal", portal).tags(tags);
        return search.meter().measure().iterator().next().getValue();
    }

    /** A meter tagged with the context only (the completion threads'): a counter's count or a gauge's value. */
    public double contextMeter(String name) {
        return meters.get("camel.bitrix24.notify." + name).meter().measure().iterator().next().getValue();
    }

    public double consumerMeter(String name, String routeId) {
        return meters.get("camel.bitrix24.notify.consumer." + name).tag("routeId", routeId).meter().measure().iterator()
                .next().getValue();
    }

    private MBeanServer mbeans() {
        return context.getManagementStrategy().getManagementAgent().getMBeanServer();
    }

    private ObjectName only(String pattern) throws Exception {
        Set<ObjectName> names = mbeans().queryNames(new ObjectName(pattern), null);
        assertThat(names).as("MBeans matching %s", pattern).hasSize(1);
        return names.iterator().next();
    }

    /** A nested figure of a JSON object, by path: {@code get(json, "limiter", "requestsSent")}. */
    @SuppressWarnings("unchecked")
    public static Object get(Map<String, Object> json, String... path) {
        Object value = json;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }
}
