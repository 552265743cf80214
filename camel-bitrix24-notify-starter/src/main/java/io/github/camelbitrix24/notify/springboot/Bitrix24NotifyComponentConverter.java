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

import java.util.Set;

import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.SharedLimitsStore;
import io.github.camelbitrix24.notify.client.config.TokenStore;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds the object options of {@code camel.component.bitrix24-notify.*} from bean references: {@code #bean:name} (or
 * {@code #name}) becomes the Spring bean of that name.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class Bitrix24NotifyComponentConverter implements GenericConverter {

    private static final String BEAN_PREFIX = "#bean:";

    private final ApplicationContext applicationContext;

    public Bitrix24NotifyComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, Bitrix24NotifyConfiguration.class),
                new ConvertiblePair(String.class, SSLContextParameters.class),
                new ConvertiblePair(String.class, TokenStore.class),
                new ConvertiblePair(String.class, SharedLimitsStore.class),
                new ConvertiblePair(String.class, PortalDirectory.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException(
                    "camel.component.bitrix24-notify: a " + targetType.getType().getSimpleName()
                                               + " option takes a bean reference, #bean:name; got '" + reference + "'");
        }
        String beanName
                = reference.startsWith(BEAN_PREFIX) ? reference.substring(BEAN_PREFIX.length()) : reference.substring(1);
        return applicationContext.getBean(beanName, targetType.getType());
    }
}
