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

import java.util.List;

import io.github.camelbitrix24.notify.client.call.CompletionFigures;
import io.github.camelbitrix24.notify.client.stats.PortalFigures;

/** Where the figures of one component come from: its portals, its consumers and its completion threads. */
public interface FigureSource {

    /** One entry per portal called so far. */
    List<PortalFigures> portals();

    /** One entry per consumer running (or suspended) now. */
    List<ConsumerFigures> consumers();

    /** Whether the route consumes an endpoint of the component, its consumer running or not. */
    boolean consumes(String routeId);

    /** The figures of the route's consumer; null while none runs (a standby replica under {@code master:}). */
    ConsumerFigures consumer(String routeId);

    /** The threads that complete the portals' answers, where the routes go on. */
    CompletionFigures completionThreads();
}
