package io.github.camelbitrix24.notify.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Bitrix24 attachment ({@code ATTACH}): a card of blocks shown under a notification or a chat message.
 * <p>
 * Build one with {@link #builder()}; blocks are shown in the order they are added:
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

    private Attach(Map<String, Object> wire) {
        this.wire = wire;
    }

    /** Starts a new attachment. */
    public static Builder builder() {
        return new Builder();
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

    private static void put(Map<String, Object> fields, String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /** Collects the blocks of an {@link Attach}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {

        private Long id;
        private String colorToken;
        private String color;
        private final List<Map<String, Object>> blocks = new ArrayList<>();

        private Builder() {
        }

        /** {@code ID}: identifies the attachment within the message. Optional. */
        public Builder id(long id) {
            this.id = id;
            return this;
        }

        /**
         * {@code COLOR_TOKEN}: the color scheme of the card, one of {@code primary}, {@code secondary}, {@code alert},
         * {@code base} (the portal's default).
         */
        public Builder colorToken(String colorToken) {
            this.colorToken = colorToken;
            return this;
        }

        /**
         * {@code COLOR}: an explicit HEX color of the card such as {@code #29619b}. Kept by Bitrix24 for older clients
         * and some notification types; prefer {@link #colorToken(String)}.
         */
        public Builder color(String color) {
            this.color = color;
            return this;
        }

        /** Adds a {@code MESSAGE} block: text with BB codes such as {@code [B]bold[/B]}, {@code [URL=..]..[/URL]}. */
        public Builder message(String text) {
            return block("MESSAGE", required(text, "MESSAGE text"));
        }

        /**
         * Adds a {@code LINK} block with a text and a URL.
         *
         * @param name the text of the link, or {@code null} to show the URL itself
         * @param url  an absolute {@code http(s)://} URL or a path from the portal root
         */
        public Builder link(String name, String url) {
            return link(Attach.link(name).url(url));
        }

        /** Adds a {@code LINK} block, see {@link Attach#link(String)}. */
        public Builder link(Link link) {
            return block("LINK", Objects.requireNonNull(link, "link").toWire());
        }

        /** Adds a {@code USER} block, see {@link Attach#user(String)}. */
        public Builder user(User user) {
            return block("USER", Objects.requireNonNull(user, "user").toWire());
        }

        /** Adds a {@code GRID} block, see {@link Attach#grid()}. */
        public Builder grid(Grid grid) {
            return block("GRID", Objects.requireNonNull(grid, "grid").toWire());
        }

        /**
         * Adds an {@code IMAGE} block with one image.
         *
         * @param url  the URL of the full-size image
         * @param name the name of the image, or {@code null}
         */
        public Builder image(String url, String name) {
            return image(Attach.image(url).name(name));
        }

        /** Adds one {@code IMAGE} block showing all the given images, see {@link Attach#image(String)}. */
        public Builder image(Image... images) {
            return block("IMAGE", items(images, "IMAGE", Image::toWire));
        }

        /**
         * Adds a {@code FILE} block with one file.
         *
         * @param url  the URL to download or open the file
         * @param name the file name shown, or {@code null}
         * @param size the size in bytes shown next to the name
         */
        public Builder file(String url, String name, long size) {
            return file(Attach.file(url).name(name).size(size));
        }

        /** Adds one {@code FILE} block listing all the given files, see {@link Attach#file(String)}. */
        public Builder file(File... files) {
            return block("FILE", items(files, "FILE", File::toWire));
        }

        /** Adds a {@code DELIMITER} block: a horizontal line, 200 pixels wide in the portal's default color. */
        public Builder delimiter() {
            return block("DELIMITER", new LinkedHashMap<String, Object>());
        }

        /**
         * Adds a {@code DELIMITER} block.
         *
         * @param size  the width of the line in pixels
         * @param color its HEX color ({@code #RGB} or {@code #RRGGBB}), or {@code null} for the default
         */
        public Builder delimiter(int size, String color) {
            Map<String, Object> fields = new LinkedHashMap<>();
            put(fields, "SIZE", size);
            put(fields, "COLOR", color);
            return block("DELIMITER", fields);
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
            Map<String, Object> wire = new LinkedHashMap<>();
            put(wire, "ID", id);
            put(wire, "COLOR_TOKEN", colorToken);
            put(wire, "COLOR", color);
            wire.put("BLOCKS", copy(blocks));
            return new Attach(Collections.unmodifiableMap(wire));
        }

        private Builder block(String type, Object content) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put(type, content);
            blocks.add(block);
            return this;
        }

        private static <T> List<Map<String, Object>> items(T[] items, String type,
                Function<T, Map<String, Object>> wire) {
            if (items == null || items.length == 0) {
                throw new IllegalArgumentException(type + " block needs at least one item");
            }
            List<Map<String, Object>> result = new ArrayList<>(items.length);
            for (T item : items) {
                result.add(wire.apply(Objects.requireNonNull(item, type + " item")));
            }
            return result;
        }
    }

    /** The fields of a {@code LINK} block. Created by {@link Attach#link(String)}. */
    public static final class Link {

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

        private Link(String name) {
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

        private Map<String, Object> toWire() {
            if (url == null && userId == null && chatId == null && networkId == null) {
                // the portal drops such a block silently; better to say so here
                throw new IllegalArgumentException("LINK block " + (name != null ? "'" + name + "' " : "")
                        + "has no target: set url(..), or userId/chatId/networkId for a target inside Bitrix24");
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            put(fields, "NAME", name);
            put(fields, "LINK", url);
            put(fields, "DESC", desc);
            put(fields, "HTML", html);
            put(fields, "PREVIEW", preview);
            put(fields, "WIDTH", width);
            put(fields, "HEIGHT", height);
            put(fields, "USER_ID", userId);
            put(fields, "CHAT_ID", chatId);
            put(fields, "NETWORK_ID", networkId);
            return fields;
        }
    }

    /** The fields of a {@code USER} block. Created by {@link Attach#user(String)}. */
    public static final class User {

        private final String name;
        private String avatar;
        private String link;
        private Long userId;
        private Long chatId;
        private Long botId;
        private String networkId;
        private String avatarType;

        private User(String name) {
            this.name = required(name, "USER name");
        }

        /** {@code AVATAR}: the URL of the avatar image. */
        public User avatar(String avatar) {
            this.avatar = avatar;
            return this;
        }

        /**
         * {@code LINK}: the URL opened by a click on the card. For targets inside the messenger prefer
         * {@link #userId(long)}, {@link #chatId(long)} or {@link #botId(long)}: the portal ignores {@code LINK} when
         * one of them is set.
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

        private Map<String, Object> toWire() {
            Map<String, Object> fields = new LinkedHashMap<>();
            put(fields, "NAME", name);
            put(fields, "AVATAR", avatar);
            put(fields, "LINK", link);
            put(fields, "USER_ID", userId);
            put(fields, "CHAT_ID", chatId);
            put(fields, "BOT_ID", botId);
            put(fields, "NETWORK_ID", networkId);
            put(fields, "AVATAR_TYPE", avatarType);
            return fields;
        }
    }

    /**
     * A {@code GRID} block: name/value items shown as a list, cards or a table. Created by {@link Attach#grid()}.
     * <p>
     * Every item is sent with a {@code DISPLAY} (the documentation marks it required): its own, else the grid's
     * {@link #display(String)}, else {@code BLOCK}, which is also what the portal assumes when it is missing.
     * Bitrix24 advises against mixing displays in one grid; add several grids instead.
     */
    public static final class Grid {

        private String display;
        private final List<GridItem> items = new ArrayList<>();

        private Grid() {
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
            return item(gridItem(name, value));
        }

        /**
         * Adds an item with its own display and width.
         *
         * @param display {@code BLOCK}, {@code LINE}, {@code ROW} or {@code TABLE}, see {@link #display(String)}
         * @param width   the width of the item or of the name column in pixels
         */
        public Grid item(String name, String value, String display, int width) {
            return item(gridItem(name, value).display(display).width(width));
        }

        /** Adds an item built with {@link Attach#gridItem(String, String)}. */
        public Grid item(GridItem item) {
            items.add(Objects.requireNonNull(item, "item").copy());
            return this;
        }

        private List<Map<String, Object>> toWire() {
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

    /** One item of a {@code GRID} block. Created by {@link Attach#gridItem(String, String)}. */
    public static final class GridItem {

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

        private GridItem(String name, String value) {
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
        private GridItem copy() {
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

        private Map<String, Object> toWire(String fallbackDisplay) {
            Map<String, Object> fields = new LinkedHashMap<>();
            put(fields, "NAME", name);
            put(fields, "VALUE", value);
            put(fields, "DISPLAY", display != null ? display : fallbackDisplay);
            put(fields, "WIDTH", width);
            put(fields, "HEIGHT", height);
            put(fields, "COLOR_TOKEN", colorToken);
            put(fields, "COLOR", color);
            put(fields, "LINK", link);
            put(fields, "USER_ID", userId);
            put(fields, "CHAT_ID", chatId);
            return fields;
        }
    }

    /** One image of an {@code IMAGE} block. Created by {@link Attach#image(String)}. */
    public static final class Image {

        private final String url;
        private String name;
        private String preview;
        private Integer width;
        private Integer height;

        private Image(String url) {
            this.url = required(url, "IMAGE url");
        }

        /** {@code NAME}: the name of the image. */
        public Image name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@code PREVIEW}: the URL of a thumbnail. Without it clients show the full image as its own preview;
         * Bitrix24 recommends setting it.
         */
        public Image preview(String preview) {
            this.preview = preview;
            return this;
        }

        /** {@code WIDTH}: the width of the image in pixels; set it together with {@link #height(int)}. */
        public Image width(int width) {
            this.width = width;
            return this;
        }

        /** {@code HEIGHT}: the height of the image in pixels; set it together with {@link #width(int)}. */
        public Image height(int height) {
            this.height = height;
            return this;
        }

        private Map<String, Object> toWire() {
            Map<String, Object> fields = new LinkedHashMap<>();
            put(fields, "NAME", name);
            put(fields, "LINK", url);
            put(fields, "PREVIEW", preview);
            put(fields, "WIDTH", width);
            put(fields, "HEIGHT", height);
            return fields;
        }
    }

    /** One file of a {@code FILE} block. Created by {@link Attach#file(String)}. */
    public static final class File {

        private final String url;
        private String name;
        private Long size;

        private File(String url) {
            this.url = required(url, "FILE url");
        }

        /** {@code NAME}: the file name shown. */
        public File name(String name) {
            this.name = name;
            return this;
        }

        /** {@code SIZE}: the size in bytes; without it the file is shown without a correct size. */
        public File size(long size) {
            this.size = size;
            return this;
        }

        private Map<String, Object> toWire() {
            Map<String, Object> fields = new LinkedHashMap<>();
            put(fields, "NAME", name);
            put(fields, "LINK", url);
            put(fields, "SIZE", size);
            return fields;
        }
    }
}
