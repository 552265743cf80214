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
