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
package io.github.camelbitrix24.notify.docs.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesFunction;

/**
 * A camel-main application as a reader runs the docs' snippets: routes from a Java class or from YAML / XML files,
 * properties from a file, and {@code {{env:NAME}}} answered from what the test says the environment holds (the
 * sandbox's address, the tokens it issued), since a JVM cannot change its own environment.
 */
public final class CamelMainRun implements AutoCloseable {

    private final Main main = new Main();
    private final Properties overrides = new Properties();
    private final Map<String, String> environment = new HashMap<>();
    private ProducerTemplate template;

    public CamelMainRun routes(RoutesBuilder routes) {
        main.configure().addRoutesBuilder(routes);
        return this;
    }

    /** Route files, e.g. {@code classpath:snippets/operations.camel.yaml}. */
    public CamelMainRun routeFiles(String includePattern) {
        main.configure().withRoutesIncludePattern(includePattern);
        return this;
    }

    /** A properties file, e.g. {@code classpath:snippets/readme.properties}, as application.properties. */
    public CamelMainRun propertiesFile(String location) {
        main.setPropertyPlaceholderLocations(location);
        return this;
    }

    public CamelMainRun property(String key, Object value) {
        overrides.setProperty(key, String.valueOf(value));
        return this;
    }

    /** What {@code {{env:name}}} resolves to in this run. */
    public CamelMainRun env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public CamelMainRun bind(String name, Object bean) {
        main.bind(name, bean);
        return this;
    }

    public CamelMainRun start() {
        main.setOverrideProperties(overrides);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport running) {
                running.getCamelContext().getPropertiesComponent().addPropertiesFunction(new TestEnvironment());
            }
        });
        try {
            main.start();
        } catch (Exception e) {
            throw new IllegalStateException("camel-main did not start", e);
        }
        template = main.getCamelContext().createProducerTemplate();
        return this;
    }

    /** What camel-main made of the properties (camel.main.*, camel.server.*, ...). */
    public org.apache.camel.main.MainConfigurationProperties configuration() {
        return main.configure();
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public ProducerTemplate template() {
        return template;
    }

    @Override
    public void close() {
        if (template != null) {
            template.stop();
        }
        main.stop();
    }

    /** {@code {{env:NAME}}}: the test's environment only, so that a run never depends on the machine's. */
    private final class TestEnvironment implements PropertiesFunction {
        @Override
        public String getName() {
            return "env";
        }

        @Override
        public String apply(String remainder) {
            String name = remainder.contains(":") ? remainder.substring(0, remainder.indexOf(':')) : remainder;
            String value = environment.get(name);
            if (value == null && remainder.contains(":")) {
                return remainder.substring(remainder.indexOf(':') + 1);
            }
            if (value == null) {
                throw new IllegalArgumentException(
                        "The snippet reads the environment variable " + name
                                                   + ", which the test did not set");
            }
            return value;
        }
    }
}
