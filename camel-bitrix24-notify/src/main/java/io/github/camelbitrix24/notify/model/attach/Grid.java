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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code GRID} block: name/value items shown as a list, cards or a table. Created by {@link Attach#grid()}.
 * <p>
 * Every item is sent with a {@code DISPLAY} (the documentation marks it required): its own, else the grid's
 * {@link #display(String)}, else {@code BLOCK}, which is also what the portal assumes when it is missing. Bitrix24
 * advises against mixing displays in one grid; add several grids instead.
 */
public final class Grid {

    private String display;
    private final List<GridItem> items = new ArrayList<>();

    Grid() {
    }

    /**
     * The display of the items that do not set their own:
     * <ul>
     * <li>{@code BLOCK}: one item under the other;</li>
     * <li>{@code LINE}: compact cards on one line, wrapping when needed (one under the other on mobile);</li>
     * <li>{@code ROW}: two columns, {@code NAME | VALUE} (older portals also accept {@code COLUMN} for it);</li>
     * <li>{@code TABLE}: a denser table; clients that do not support it show {@code ROW}.</li>
     * </ul>
     */
    public Grid display(String display) {
        this.display = display;
        return this;
    }

    /** Adds an item with the grid's display. */
    public Grid item(String name, String value) {
        return item(new GridItem(name, value));
    }

    /**
     * Adds an item with its own display and width.
     *
     * @param display {@code BLOCK}, {@code LINE}, {@code ROW} or {@code TABLE}, see {@link #display(String)}
     * @param width   the width of the item or of the name column in pixels
     */
    public Grid item(String name, String value, String display, int width) {
        return item(new GridItem(name, value).display(display).width(width));
    }

    /** Adds an item built with {@link Attach#gridItem(String, String)}. */
    public Grid item(GridItem item) {
        items.add(Objects.requireNonNull(item, "item").copy());
        return this;
    }

    List<Map<String, Object>> toWire() {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("GRID block needs at least one item");
        }
        String fallback = display != null ? display : "BLOCK";
        List<Map<String, Object>> result = new ArrayList<>(items.size());
        for (GridItem item : items) {
            result.add(item.toWire(fallback));
        }
        return result;
    }
}
