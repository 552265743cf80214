package io.github.camelbitrix24.notify.model.attach;

import java.util.Optional;

/**
 * The kinds of block an {@code ATTACH} may hold, in the order of the Bitrix24 documentation. A block is an object
 * with a single key, the wire name of its kind, such as {@code {"MESSAGE": "text"}}.
 */
public enum AttachBlockKind {

    MESSAGE("MESSAGE"),
    LINK("LINK"),
    USER("USER"),
    GRID("GRID"),
    IMAGE("IMAGE"),
    FILE("FILE"),
    DELIMITER("DELIMITER");

    private final String wireName;

    AttachBlockKind(String wireName) {
        this.wireName = wireName;
    }

    /** The key that names this kind of block on the wire. */
    public String wireName() {
        return wireName;
    }

    /**
     * The kind a block key names. The portal matches keys case-sensitively, and so does this.
     *
     * @return the kind, or empty if {@code wireName} names none
     */
    public static Optional<AttachBlockKind> fromWireName(String wireName) {
        for (AttachBlockKind kind : values()) {
            if (kind.wireName.equals(wireName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
