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
package io.github.camelbitrix24.notify.model.attach;

import java.util.Map;

/** The fields of a {@code USER} block. Created by {@link Attach#user(String)}. */
public final class User {

    private final String name;
    private String avatar;
    private String link;
    private Long userId;
    private Long chatId;
    private Long botId;
    private String networkId;
    private String avatarType;

    User(String name) {
        this.name = WireFields.required(name, "USER name");
    }

    /** {@code AVATAR}: the URL of the avatar image. */
    public User avatar(String avatar) {
        this.avatar = avatar;
        return this;
    }

    /**
     * {@code LINK}: the URL opened by a click on the card. For targets inside the messenger prefer
     * {@link #userId(long)}, {@link #chatId(long)} or {@link #botId(long)}: the portal ignores {@code LINK} when one of
     * them is set.
     */
    public User link(String link) {
        this.link = link;
        return this;
    }

    /** {@code USER_ID}: a click opens this Bitrix24 user. */
    public User userId(long userId) {
        this.userId = userId;
        return this;
    }

    /** {@code CHAT_ID}: a click opens this Bitrix24 chat. */
    public User chatId(long chatId) {
        this.chatId = chatId;
        return this;
    }

    /** {@code BOT_ID}: a click opens this Bitrix24 chatbot. */
    public User botId(long botId) {
        this.botId = botId;
        return this;
    }

    /** {@code NETWORK_ID}: a click opens this Bitrix24.Network user. */
    public User networkId(String networkId) {
        this.networkId = networkId;
        return this;
    }

    /** {@code AVATAR_TYPE}: how the avatar is drawn, one of {@code USER}, {@code CHAT}, {@code BOT}. */
    public User avatarType(String avatarType) {
        this.avatarType = avatarType;
        return this;
    }

    Map<String, Object> toWire() {
        return new WireFields()
                .put("NAME", name)
                .put("AVATAR", avatar)
                .put("LINK", link)
                .put("USER_ID", userId)
                .put("CHAT_ID", chatId)
                .put("BOT_ID", botId)
                .put("NETWORK_ID", networkId)
                .put("AVATAR_TYPE", avatarType)
                .toMap();
    }
}
