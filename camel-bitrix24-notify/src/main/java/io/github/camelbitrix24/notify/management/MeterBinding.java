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
package io.github.camelbitrix24.notify.management;

import java.util.Collection;
import java.util.function.Supplier;

import io.github.camelbitrix24.notify.client.call.CompletionFigures;
import io.github.camelbitrix24.notify.client.stats.PortalFigures;
import org.apache.camel.CamelContext;

/**
 * Where the figures go as meters: Micrometer when it is on the classpath and a {@code MeterRegistry} is in the
 * registry, nowhere otherwise. The component works without Micrometer: its classes are loaded only once it is found.
 */
public interface MeterBinding extends AutoCloseable {

    MeterBinding NONE = new MeterBinding() {
    };

    /** Counts a portal's figures into meters tagged with the portal, once per portal, until closed. */
    default void portal(String portal, Supplier<PortalFigures> figures) {
    }

    /** Counts a consumer's figures (null while none runs) into meters tagged with its route, until it stops. */
    default void consumerStarted(String routeId, Supplier<ConsumerFigures> figures) {
    }

    default void consumerStopped(String routeId) {
    }

    /** Counts the completion threads' figures into meters tagged with the context only. */
    default void completionThreads(Supplier<CompletionFigures> figures) {
    }

    /** Removes every meter this binding registered. */
    @Override
    default void close() {
    }

    /**
     * The Micrometer binding when Micrometer is on the classpath and a registry is bound, else {@link #NONE}.
     *
     * @param methods every method, for the operating-time meters
     */
    static MeterBinding of(CamelContext context, Collection<String> methods) {
        try {
            context.getClassResolver().resolveMandatoryClass("io.micrometer.core.instrument.MeterRegistry");
        } catch (ClassNotFoundException absent) {
            return NONE;
        }
        return MicrometerMeters.bind(context, methods);
    }
}
