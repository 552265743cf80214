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
package io.github.camelbitrix24.notify.operation;

/** How an option, header or body value becomes the value of a Bitrix24 parameter. */
public enum ValueKind {
    /** Free text, sent as given. */
    TEXT,
    /**
     * One of a fixed set of names, the constants of {@link NotifyParameter#names()}: the constant or its name in any
     * case, sent as the constant's name. Any other value is refused before the call.
     */
    NAME,
    /** An integer id or count; digits in a String are accepted. */
    NUMBER,
    /** A list of integer ids: a Collection, an array or a comma-separated String. */
    NUMBER_LIST,
    /** A boolean, sent as the portal's Y / N. */
    FLAG,
    /** A date: an ISO-8601 String or a java.time value, sent as ISO-8601. */
    DATE,
    /** An ATTACH: JSON text, Map, List or Attach, checked against the portal's format and size rules. */
    ATTACH
}
