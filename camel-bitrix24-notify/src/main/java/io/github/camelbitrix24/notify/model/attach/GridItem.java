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

/** One item of a {@code GRID} block. Created by {@link Attach#gridItem(String, String)}. */
public final class GridItem {

    private final String name;
    private final String value;
    private String display;
    private Integer width;
    private Integer height;
    private String colorToken;
    private String color;
    private String link;
    private Long userId;
    private Long chatId;

    GridItem(String name, String value) {
        this.name = name;
        this.value = value;
    }

    /** {@code DISPLAY}: {@code BLOCK}, {@code LINE}, {@code ROW} or {@code TABLE}, see {@link Grid#display}. */
    public GridItem display(String display) {
        this.display = display;
        return this;
    }

    /** {@code WIDTH}: the width of the item or of the name column in pixels. */
    public GridItem width(int width) {
        this.width = width;
        return this;
    }

    /** {@code HEIGHT}: the height of the item in pixels. */
    public GridItem height(int height) {
        this.height = height;
        return this;
    }

    /**
     * {@code COLOR_TOKEN}: the color of the value, one of {@code primary}, {@code secondary}, {@code alert},
     * {@code base}.
     */
    public GridItem colorToken(String colorToken) {
        this.colorToken = colorToken;
        return this;
    }

    /** {@code COLOR}: the HEX color of the value ({@code #RGB} or {@code #RRGGBB}). */
    public GridItem color(String color) {
        this.color = color;
        return this;
    }

    /** {@code LINK}: makes the value a link to this URL. */
    public GridItem link(String link) {
        this.link = link;
        return this;
    }

    /** {@code USER_ID}: makes the value a link to this Bitrix24 user. */
    public GridItem userId(long userId) {
        this.userId = userId;
        return this;
    }

    /** {@code CHAT_ID}: makes the value a link to this Bitrix24 chat. */
    public GridItem chatId(long chatId) {
        this.chatId = chatId;
        return this;
    }

    // a grid keeps a snapshot, so changing the item afterwards does not change the grid
    GridItem copy() {
        GridItem copy = new GridItem(name, value);
        copy.display = display;
        copy.width = width;
        copy.height = height;
        copy.colorToken = colorToken;
        copy.color = color;
        copy.link = link;
        copy.userId = userId;
        copy.chatId = chatId;
        return copy;
    }

    Map<String, Object> toWire(String fallbackDisplay) {
        return new WireFields()
                .put("NAME", name)
                .put("VALUE", value)
                .put("DISPLAY", display != null ? display : fallbackDisplay)
                .put("WIDTH", width)
                .put("HEIGHT", height)
                .put("COLOR_TOKEN", colorToken)
                .put("COLOR", color)
                .put("LINK", link)
                .put("USER_ID", userId)
                .put("CHAT_ID", chatId)
                .toMap();
    }
}
