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
package io.github.camelbitrix24.notify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A module of the portal's notification schema (im.notify.schema.get) and the events it notifies about.
 *
 * @param moduleId the module, e.g. tasks
 * @param name     its display name
 * @param events   its notification types; {@link NotificationEvent#id()} is the MODULE|EVENT value SEARCH_TYPE takes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationModule(
        @JsonProperty("MODULE_ID") String moduleId,
        @JsonProperty("NAME") String name,
        @JsonProperty("LIST") List<NotificationEvent> events) {

    public NotificationModule {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /**
     * One notification type of a module.
     *
     * @param id   MODULE|EVENT, e.g. tasks|task_update
     * @param name its display name
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NotificationEvent(@JsonProperty("ID") String id, @JsonProperty("NAME") String name) {
    }
}
