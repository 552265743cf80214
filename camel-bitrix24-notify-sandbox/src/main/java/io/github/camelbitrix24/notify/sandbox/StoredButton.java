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
package io.github.camelbitrix24.notify.sandbox;

/**
 * A button of a confirm-type {@link StoredNotification}, as the portal stores it: seeded with
 * {@link NotificationSeed#button}, shown by {@code im.notify.get} as a keyboard, and pressed through
 * {@code im.notify.confirm}, whose {@code NOTIFY_VALUE} is the button's value.
 *
 * @param title the caption shown to the user
 * @param value the value sent when the button is pressed
 */
public record StoredButton(String title, String value) {

    /** The portal's own buttons when a confirm notification is created without any. */
    public static final StoredButton ACCEPT = new StoredButton("Accept", "Y");
    public static final StoredButton DECLINE = new StoredButton("Decline", "N");

    /** The portal paints accepting buttons green and the others red; {@code Y} is the accepting value. */
    public boolean accepts() {
        return "Y".equals(value);
    }
}
