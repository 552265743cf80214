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
 * One notification to send, as the body of a send or an entry of a list body: {@code List<NotificationRequest>} sends
 * them all through {@code batch} calls. A field left null takes the header or endpoint option of the same meaning. A
 * {@code Map} of the send parameters by wire name ({@code USER_ID}, {@code MESSAGE}...) converts into one through the
 * component's Camel type converter.
 *
 * <pre>{@code
 * List.of(NotificationRequest.to(5, "Build #42 failed").withTag("BUILD_42"),
 *         NotificationRequest.to(7, "Deploy done").withType("SYSTEM"))
 * }</pre>
 *
 * @param userId     the recipient (USER_ID)
 * @param message    the text (MESSAGE)
 * @param type       USER or SYSTEM in any case (TYPE), used by the {@code notify} operation; another value refuses the
 *                   entry
 * @param messageOut the text for e-mail (MESSAGE_OUT)
 * @param tag        TAG
 * @param subTag     SUB_TAG
 * @param attach     ATTACH: JSON text, Map, List or {@link io.github.camelbitrix24.notify.model.attach.Attach}
 */
public record NotificationRequest(Long userId, String message, String type, String messageOut, String tag, String subTag,
        Object attach) {

    /** A notification of {@code message} to the user {@code userId}. */
    public static NotificationRequest to(long userId, String message) {
        return new NotificationRequest(userId, message, null, null, null, null, null);
    }

    /** A notification whose recipient is the header or endpoint option userId. */
    public static NotificationRequest of(String message) {
        return new NotificationRequest(null, message, null, null, null, null, null);
    }

    public NotificationRequest withType(String newType) {
        return new NotificationRequest(userId, message, newType, messageOut, tag, subTag, attach);
    }

    public NotificationRequest withType(NotifyType newType) {
        return withType(newType == null ? null : newType.name());
    }

    public NotificationRequest withMessageOut(String newMessageOut) {
        return new NotificationRequest(userId, message, type, newMessageOut, tag, subTag, attach);
    }

    public NotificationRequest withTag(String newTag) {
        return new NotificationRequest(userId, message, type, messageOut, newTag, subTag, attach);
    }

    public NotificationRequest withSubTag(String newSubTag) {
        return new NotificationRequest(userId, message, type, messageOut, tag, newSubTag, attach);
    }

    public NotificationRequest withAttach(Object newAttach) {
        return new NotificationRequest(userId, message, type, messageOut, tag, subTag, newAttach);
    }
}
