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
package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.operation.NotifyParameter;
import io.github.camelbitrix24.notify.producer.ParameterBinding;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PropertyConfigurerGetter;

/**
 * Where an endpoint's messages give each im.notify parameter, as {@link NotifyParameter}'s table says: its header, and
 * its option, read by name through the endpoint configurer Camel's build generates from
 * {@link Bitrix24NotifyMessageOptions}.
 */
final class MessageParameters implements ParameterBinding {

    private final Endpoint endpoint;
    private final PropertyConfigurerGetter options;

    MessageParameters(Endpoint endpoint) {
        this.endpoint = endpoint;
        if (!(endpoint.getComponent().getEndpointPropertyConfigurer() instanceof PropertyConfigurerGetter getter)) {
            throw new IllegalStateException("The generated endpoint configurer of bitrix24-notify is missing");
        }
        this.options = getter;
    }

    @Override
    public String header(NotifyParameter parameter) {
        return parameter.header();
    }

    @Override
    public Object option(NotifyParameter parameter) {
        return parameter.option() == null ? null : options.getOptionValue(endpoint, parameter.option(), false);
    }

    @Override
    public String rawParamsHeader() {
        return Bitrix24NotifyConstants.PARAMS;
    }
}
