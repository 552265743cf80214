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

import java.util.Optional;

/**
 * The kinds of block an {@code ATTACH} may hold, in the order of the Bitrix24 documentation. A block is an object with
 * a single key, the wire name of its kind, such as {@code {"MESSAGE": "text"}}.
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
