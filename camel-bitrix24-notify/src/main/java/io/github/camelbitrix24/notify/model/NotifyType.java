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
package io.github.camelbitrix24.notify.model;

/**
 * The TYPE of a notification sent with the {@code notify} operation (im.notify). The portal sends a personal
 * notification for any TYPE but exactly {@code SYSTEM}, so the component takes these names in any case and refuses
 * every other value before the call.
 */
public enum NotifyType {
    /** A personal notification, from the user of the webhook or of the OAuth token: the portal's default. */
    USER,
    /** A system notification, without an author. */
    SYSTEM
}
