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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Collects the blocks of an {@link Attach}. Created by {@link Attach#builder()}. Not thread-safe; {@link #build()} may
 * be called more than once.
 */
public final class AttachBuilder {

    private Long id;
    private String colorToken;
    private String color;
    private final List<Map<String, Object>> blocks = new ArrayList<>();

    AttachBuilder() {
    }

    /** {@code ID}: identifies the attachment within the message. Optional. */
    public AttachBuilder id(long id) {
        this.id = id;
        return this;
    }

    /**
     * {@code COLOR_TOKEN}: the color scheme of the card, one of {@code primary}, {@code secondary}, {@code alert},
     * {@code base} (the portal's default).
     */
    public AttachBuilder colorToken(String colorToken) {
        this.colorToken = colorToken;
        return this;
    }

    /**
     * {@code COLOR}: an explicit HEX color of the card such as {@code #29619b}. Kept by Bitrix24 for older clients and
     * some notification types; prefer {@link #colorToken(String)}.
     */
    public AttachBuilder color(String color) {
        this.color = color;
        return this;
    }

    /** Adds a {@code MESSAGE} block: text with BB codes such as {@code [B]bold[/B]}, {@code [URL=..]..[/URL]}. */
    public AttachBuilder message(String text) {
        return block(AttachBlockKind.MESSAGE, WireFields.required(text, "MESSAGE text"));
    }

    /**
     * Adds a {@code LINK} block with a text and a URL.
     *
     * @param name the text of the link, or {@code null} to show the URL itself
     * @param url  an absolute {@code http(s)://} URL or a path from the portal root
     */
    public AttachBuilder link(String name, String url) {
        return link(new Link(name).url(url));
    }

    /** Adds a {@code LINK} block, see {@link Attach#link(String)}. */
    public AttachBuilder link(Link link) {
        return block(AttachBlockKind.LINK, Objects.requireNonNull(link, "link").toWire());
    }

    /** Adds a {@code USER} block, see {@link Attach#user(String)}. */
    public AttachBuilder user(User user) {
        return block(AttachBlockKind.USER, Objects.requireNonNull(user, "user").toWire());
    }

    /** Adds a {@code GRID} block, see {@link Attach#grid()}. */
    public AttachBuilder grid(Grid grid) {
        return block(AttachBlockKind.GRID, Objects.requireNonNull(grid, "grid").toWire());
    }

    /**
     * Adds an {@code IMAGE} block with one image.
     *
     * @param url  the URL of the full-size image
     * @param name the name of the image, or {@code null}
     */
    public AttachBuilder image(String url, String name) {
        return image(new Image(url).name(name));
    }

    /** Adds one {@code IMAGE} block showing all the given images, see {@link Attach#image(String)}. */
    public AttachBuilder image(Image... images) {
        return block(AttachBlockKind.IMAGE, items(images, AttachBlockKind.IMAGE, Image::toWire));
    }

    /**
     * Adds a {@code FILE} block with one file.
     *
     * @param url  the URL to download or open the file
     * @param name the file name shown, or {@code null}
     * @param size the size in bytes shown next to the name
     */
    public AttachBuilder file(String url, String name, long size) {
        return file(new File(url).name(name).size(size));
    }

    /** Adds one {@code FILE} block listing all the given files, see {@link Attach#file(String)}. */
    public AttachBuilder file(File... files) {
        return block(AttachBlockKind.FILE, items(files, AttachBlockKind.FILE, File::toWire));
    }

    /** Adds a {@code DELIMITER} block: a horizontal line, 200 pixels wide in the portal's default color. */
    public AttachBuilder delimiter() {
        return block(AttachBlockKind.DELIMITER, new LinkedHashMap<String, Object>());
    }

    /**
     * Adds a {@code DELIMITER} block.
     *
     * @param size  the width of the line in pixels
     * @param color its HEX color ({@code #RGB} or {@code #RRGGBB}), or {@code null} for the default
     */
    public AttachBuilder delimiter(int size, String color) {
        return block(AttachBlockKind.DELIMITER, new WireFields().put("SIZE", size).put("COLOR", color).toMap());
    }

    /**
     * Builds the attachment.
     *
     * @throws IllegalStateException if no block was added (the portal refuses an empty attachment)
     */
    public Attach build() {
        if (blocks.isEmpty()) {
            throw new IllegalStateException("an ATTACH needs at least one block");
        }
        return new Attach(
                new WireFields()
                        .put("ID", id)
                        .put("COLOR_TOKEN", colorToken)
                        .put("COLOR", color)
                        .put("BLOCKS", blocks)
                        .toMap());
    }

    private AttachBuilder block(AttachBlockKind kind, Object content) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put(kind.wireName(), content);
        blocks.add(block);
        return this;
    }

    private static <T> List<Map<String, Object>> items(
            T[] items, AttachBlockKind kind,
            Function<T, Map<String, Object>> wire) {
        if (items == null || items.length == 0) {
            throw new IllegalArgumentException(kind.wireName() + " block needs at least one item");
        }
        List<Map<String, Object>> result = new ArrayList<>(items.length);
        for (T item : items) {
            result.add(wire.apply(Objects.requireNonNull(item, kind.wireName() + " item")));
        }
        return result;
    }
}
