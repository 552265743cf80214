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
package io.github.camelbitrix24.notify.springboot;

import java.util.HashMap;
import java.util.Map;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies the {@code camel.component.bitrix24-notify.*} properties to the bitrix24-notify component when Camel creates
 * it. Switched off by {@code camel.component.bitrix24-notify.enabled=false} (or {@code camel.component.enabled=false});
 * the customizer alone by {@code ...customizer.enabled=false}.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, Bitrix24NotifyComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, Bitrix24NotifyComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.bitrix24-notify" })
public class Bitrix24NotifyComponentAutoConfiguration {

    private static final String WHOLE_CONFIGURATION = "configuration";

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final Bitrix24NotifyComponentConfiguration configuration;

    public Bitrix24NotifyComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                                    Bitrix24NotifyComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureBitrix24NotifyComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                // copyProperties consumes the maps it is given
                Map<String, Object> properties
                        = new HashMap<>(CamelPropertiesHelper.getNonNullProperties(camelContext, configuration));
                // a configuration bean goes first, so that the single settings refine it instead of being replaced by it
                Object wholeConfiguration = properties.remove(WHOLE_CONFIGURATION);
                if (wholeConfiguration != null) {
                    CamelPropertiesHelper.copyProperties(camelContext,
                            new HashMap<>(Map.of(WHOLE_CONFIGURATION, wholeConfiguration)), target);
                }
                CamelPropertiesHelper.copyProperties(camelContext, properties, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.bitrix24-notify.customizer")
                        && target instanceof Bitrix24NotifyComponent;
            }
        };
    }
}
