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

import java.util.Map;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import io.github.camelbitrix24.notify.operation.EnumNames;
import org.apache.camel.spi.PropertyConfigurerGetter;

/**
 * Refuses an endpoint whose operation, or an option whose values are an enum's names, is none of them, before Camel
 * binds the options: Camel's own conversion refuses a wrong name without saying which ones are allowed. The URI passes
 * the names in any case, as Camel's conversion takes them.
 */
final class EndpointNames {

    private EndpointNames() {
    }

    private static PropertyConfigurerGetter generatedConfigurer() {
        try {
            return (PropertyConfigurerGetter) Class.forName(EndpointNames.class.getPackageName()
                                                            + ".Bitrix24NotifyEndpointConfigurer")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The component's generated endpoint configurer is missing", e);
        }
    }

    /** The operation of a URI path, e.g. {@code personalAdd}. */
    static Bitrix24Operation operation(String name) {
        return Bitrix24Operation.find(name).orElseThrow(() -> refused(name, "The operation", name,
                Bitrix24Operation.uriNames()));
    }

    /**
     * Checks the text values of the enum options among an endpoint's URI parameters.
     *
     * @param options the endpoint configurer Camel's build generates, which knows the type of every option
     */
    static void checkOptions(Bitrix24Operation operation, Map<String, Object> parameters, PropertyConfigurerGetter options) {
        parameters.forEach((option, value) -> {
            Class<?> type = options.getOptionType(option, true);
            // "#name" refers to a bean, which Camel looks up
            if (type != null && type.isEnum() && value instanceof String text && !text.startsWith("#")
                    && EnumNames.findAny(type, text).isEmpty()) {
                throw refused(operation.method(), "The option " + option, text, EnumNames.listed(type));
            }
        });
    }

    private static Bitrix24NotifyException refused(String method, String what, String value, String allowed) {
        return Bitrix24NotifyException.of(PortalException.refused(method, ErrorCodes.PARAMS_ERROR,
                EnumNames.refusal(what, value, allowed)));
    }
}
