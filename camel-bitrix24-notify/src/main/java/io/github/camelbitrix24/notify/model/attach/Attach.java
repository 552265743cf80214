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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Bitrix24 attachment ({@code ATTACH}): a card of blocks shown under a notification or a chat message.
 * <p>
 * Build one with {@link #builder()}; blocks are shown in the order they are added:
 *
 * <pre>{@code
 * Attach attach = Attach.builder()
 *         .colorToken("alert")
 *         .message("Build [B]#42[/B] failed")
 *         .link(Attach.link("Pipeline").url("https://ci.example/42").desc("Open the run"))
 *         .grid(Attach.grid().display("LINE").item("Branch", "main").item("Duration", "3m"))
 *         .delimiter()
 *         .file("https://ci.example/42/report.pdf", "report.pdf", 1_500_000L)
 *         .build();
 * }</pre>
 *
 * Use it wherever the component takes an {@code ATTACH} value. {@link #toMap()} is its wire form, and Jackson
 * serializes an {@code Attach} to the same JSON.
 * <p>
 * What the portal enforces: the serialized attachment must stay under 60,000 characters, links must be absolute
 * {@code http(s)://} URLs or paths from the portal root such as {@code /company/personal/user/1/}, and the attachment
 * is not delivered to e-mail, XMPP or push notifications (use {@code MESSAGE_OUT} for those).
 * <p>
 * Instances are immutable and thread-safe. Equal attachments have equal wire forms.
 */
public final class Attach {

    // only used for toString(); the values here are plain strings, numbers, maps and lists
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> wire;

    /** Keeps a deep copy of {@code wire}, so that the builder may go on changing its own maps and lists. */
    Attach(Map<String, Object> wire) {
        this.wire = Collections.unmodifiableMap(copy(wire));
    }

    /** Starts a new attachment. */
    public static AttachBuilder builder() {
        return new AttachBuilder();
    }

    /**
     * Starts a {@code LINK} block; set the target with {@link Link#url(String)}.
     *
     * @param name the text of the link, or {@code null} to show the URL itself
     */
    public static Link link(String name) {
        return new Link(name);
    }

    /**
     * Starts a {@code USER} block: a card with a name, an optional avatar and an optional link.
     *
     * @param name the name shown on the card (required)
     */
    public static User user(String name) {
        return new User(name);
    }

    /** Starts an empty {@code GRID} block: a table of name/value items. */
    public static Grid grid() {
        return new Grid();
    }

    /**
     * Starts one item of a {@code GRID} block, for the fields that {@link Grid#item(String, String)} does not cover
     * (height, colors, links).
     *
     * @param name  the field name, or {@code null} (in {@code ROW} display the value then takes the whole row)
     * @param value the field value, BB codes allowed, or {@code null}
     */
    public static GridItem gridItem(String name, String value) {
        return new GridItem(name, value);
    }

    /**
     * Starts one image of an {@code IMAGE} block.
     *
     * @param url the URL of the full-size image (required)
     */
    public static Image image(String url) {
        return new Image(url);
    }

    /**
     * Starts one file of a {@code FILE} block.
     *
     * @param url the URL to download or open the file (required)
     */
    public static File file(String url) {
        return new File(url);
    }

    /**
     * The wire form: the full {@code ATTACH} object with {@code ID}, {@code COLOR_TOKEN}, {@code COLOR} (each only if
     * set) and {@code BLOCKS} in the order they were added. Keys are spelled as the Bitrix24 documentation spells them.
     * Every call returns a new, modifiable copy of {@link LinkedHashMap}s and {@link ArrayList}s.
     */
    @JsonValue
    public Map<String, Object> toMap() {
        return copy(wire);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attach && wire.equals(((Attach) other).wire);
    }

    @Override
    public int hashCode() {
        return wire.hashCode();
    }

    /** The wire form as compact JSON. */
    @Override
    public String toString() {
        try {
            return JSON.writeValueAsString(wire);
        } catch (JsonProcessingException e) {
            return wire.toString();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> result = new LinkedHashMap<>();
            map.forEach((key, item) -> result.put(key, copy(item)));
            return (T) result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            list.forEach(item -> result.add(copy(item)));
            return (T) result;
        }
        return value;
    }
}
