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

/** The fields of a {@code LINK} block. Created by {@link Attach#link(String)}. */
public final class Link {

    private final String name;
    private String url;
    private String desc;
    private String html;
    private String preview;
    private Integer width;
    private Integer height;
    private Long userId;
    private Long chatId;
    private String networkId;

    Link(String name) {
        this.name = name;
    }

    /** {@code LINK}: an absolute {@code http(s)://} URL or a path from the portal root. */
    public Link url(String url) {
        this.url = url;
        return this;
    }

    /** {@code DESC}: a description under the link. */
    public Link desc(String desc) {
        this.desc = desc;
        return this;
    }

    /** {@code HTML}: a description in HTML, shown instead of {@code DESC}. */
    public Link html(String html) {
        this.html = html;
        return this;
    }

    /** {@code PREVIEW}: the URL of a preview image. */
    public Link preview(String preview) {
        this.preview = preview;
        return this;
    }

    /** {@code WIDTH}: the width of the preview in pixels. */
    public Link width(int width) {
        this.width = width;
        return this;
    }

    /** {@code HEIGHT}: the height of the preview in pixels. */
    public Link height(int height) {
        this.height = height;
        return this;
    }

    /** {@code USER_ID}: opens this Bitrix24 user inside the messenger instead of a URL. */
    public Link userId(long userId) {
        this.userId = userId;
        return this;
    }

    /** {@code CHAT_ID}: opens this Bitrix24 chat inside the messenger instead of a URL. */
    public Link chatId(long chatId) {
        this.chatId = chatId;
        return this;
    }

    /** {@code NETWORK_ID}: opens this Bitrix24.Network user instead of a URL. */
    public Link networkId(String networkId) {
        this.networkId = networkId;
        return this;
    }

    Map<String, Object> toWire() {
        if (url == null && userId == null && chatId == null && networkId == null) {
            // the portal drops such a block silently; better to say so here
            throw new IllegalArgumentException(
                    "LINK block " + (name != null ? "'" + name + "' " : "")
                                               + "has no target: set url(..), or userId/chatId/networkId for a target inside Bitrix24");
        }
        return new WireFields()
                .put("NAME", name)
                .put("LINK", url)
                .put("DESC", desc)
                .put("HTML", html)
                .put("PREVIEW", preview)
                .put("WIDTH", width)
                .put("HEIGHT", height)
                .put("USER_ID", userId)
                .put("CHAT_ID", chatId)
                .put("NETWORK_ID", networkId)
                .toMap();
    }
}
