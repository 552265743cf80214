package io.github.camelbitrix24.notify.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * An author of notifications, as listed in the {@code users} of im.notify.get and im.notify.history.search.
 * Fields the portal reports as {@code false} (no value) are null or empty here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationUser(
        @JsonProperty("id") long id,
        @JsonProperty("active") boolean active,
        @JsonProperty("name") String name,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("work_position") String workPosition,
        @JsonProperty("color") String color,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("avatar_hr") String avatarHr,
        @JsonProperty("gender") String gender,
        @JsonProperty("birthday") @JsonDeserialize(using = Lenient.TextOrFalse.class) String birthday,
        @JsonProperty("extranet") boolean extranet,
        @JsonProperty("bot") boolean bot,
        @JsonProperty("connector") boolean connector,
        @JsonProperty("external_auth_id") String externalAuthId,
        @JsonProperty("status") String status,
        @JsonProperty("last_activity_date") @JsonDeserialize(using = Lenient.TextOrFalse.class) String lastActivityDate,
        @JsonProperty("absent") @JsonDeserialize(using = Lenient.TextOrFalse.class) String absent,
        @JsonProperty("departments") List<Long> departments,
        @JsonProperty("phones") @JsonDeserialize(using = Lenient.TextMapOrFalse.class) Map<String, String> phones,
        @JsonProperty("type") String type,
        @JsonProperty("website") String website,
        @JsonProperty("email") String email) {

    public NotificationUser {
        departments = departments == null ? List.of() : List.copyOf(departments);
        phones = phones == null ? Map.of() : phones;
    }
}
