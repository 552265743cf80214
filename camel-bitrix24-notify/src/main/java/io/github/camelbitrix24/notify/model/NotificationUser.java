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
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * An author of notifications, as listed in the {@code users} of im.notify.get and im.notify.history.search. Fields the
 * portal reports as {@code false} (no value) are null or empty here.
 *
 * @param id               the user id
 * @param active           whether the user is active
 * @param name             the full name
 * @param firstName        the first name
 * @param lastName         the last name
 * @param workPosition     the position
 * @param color            the user's colour in the interface, e.g. #1eb4aa
 * @param avatar           the address of the avatar, empty when none
 * @param avatarHr         the address of the high-resolution avatar
 * @param gender           M or F
 * @param birthday         the birthday as DD-MM, or null
 * @param extranet         whether the user is an extranet user
 * @param bot              whether the user is a bot
 * @param connector        whether the user is an Open Channels user
 * @param externalAuthId   the external authorisation code, e.g. socservices
 * @param status           the status, e.g. online
 * @param lastActivityDate when the user was last active, as the portal writes it, or null
 * @param absent           until when the user is absent, or null
 * @param departments      the ids of the user's departments
 * @param phones           the phones by kind (work_phone, personal_mobile, inner_phone), empty when none
 * @param type             the kind of user, e.g. user, bot, extranet
 * @param website          the user's website
 * @param email            the user's e-mail address
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
