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

import io.github.camelbitrix24.notify.model.NotifyType;

/**
 * The one table of the im.notify.* parameters: for each, its name on the wire, the kind of value it takes, the message
 * header that sets it for one message and the endpoint option that sets it for all (null where none does). Camel's
 * tooling reads headers and options from {@code Bitrix24NotifyConstants} and {@code Bitrix24NotifyMessageOptions}, so
 * they are declared there too; MessageParameterTableTest fails on a header or option that one side knows and the other
 * does not. A header overrides the option; the header constant's Java name is the option's name in upper case
 * ({@code NOTIFY_VALUE} for notifyValue), but for {@code ID}, the constant of notifyId, whose header also carries the
 * id of a sent or consumed notification.
 */
public enum NotifyParameter {

    USER_ID("USER_ID", ValueKind.NUMBER, "CamelBitrix24NotifyUserId", "userId"),
    /** The portal sends a personal notification for anything but exactly SYSTEM: a name checked before the call. */
    TYPE("TYPE", NotifyType.class, "CamelBitrix24NotifyType", "type"),
    /** The text of a notification: always the message body (or a NotificationRequest's message). */
    MESSAGE("MESSAGE", ValueKind.TEXT, null, null),
    MESSAGE_OUT("MESSAGE_OUT", ValueKind.TEXT, "CamelBitrix24NotifyMessageOut", "messageOut"),
    TAG("TAG", ValueKind.TEXT, "CamelBitrix24NotifyTag", "tag"),
    SUB_TAG("SUB_TAG", ValueKind.TEXT, "CamelBitrix24NotifySubTag", "subTag"),
    ATTACH("ATTACH", ValueKind.ATTACH, "CamelBitrix24NotifyAttach", "attach"),
    /** The notification of im.notify.read and im.notify.delete. */
    ID("ID", ValueKind.NUMBER, "CamelBitrix24NotifyId", "notifyId"),
    /** The notification of im.notify.answer and im.notify.confirm: same meaning as ID, other name. */
    NOTIFY_ID("NOTIFY_ID", ValueKind.NUMBER, "CamelBitrix24NotifyId", "notifyId"),
    NOTIFY_VALUE("NOTIFY_VALUE", ValueKind.TEXT, "CamelBitrix24NotifyValue", "notifyValue"),
    ANSWER_TEXT("ANSWER_TEXT", ValueKind.TEXT, "CamelBitrix24NotifyAnswerText", "answerText"),
    ONLY_CURRENT("ONLY_CURRENT", ValueKind.FLAG, "CamelBitrix24NotifyOnlyCurrent", "onlyCurrent"),
    /** Y marks read, N unread: a user says markRead=true or false. */
    ACTION("ACTION", ValueKind.FLAG, "CamelBitrix24NotifyMarkRead", "markRead"),
    /** Id lists and paging cursors change from message to message: a header or the body, no option. */
    IDS("IDS", ValueKind.NUMBER_LIST, "CamelBitrix24NotifyIds", null),
    LIMIT("LIMIT", ValueKind.NUMBER, "CamelBitrix24NotifyLimit", "limit"),
    CONVERT_TEXT("CONVERT_TEXT", ValueKind.FLAG, "CamelBitrix24NotifyConvertText", "convertText"),
    LAST_ID("LAST_ID", ValueKind.NUMBER, "CamelBitrix24NotifyLastId", null),
    LAST_TYPE("LAST_TYPE", ValueKind.NUMBER, "CamelBitrix24NotifyLastType", null),
    SEARCH_TEXT("SEARCH_TEXT", ValueKind.TEXT, "CamelBitrix24NotifySearchText", "searchText"),
    SEARCH_TYPE("SEARCH_TYPE", ValueKind.TEXT, "CamelBitrix24NotifySearchType", "searchType"),
    SEARCH_DATE("SEARCH_DATE", ValueKind.DATE, "CamelBitrix24NotifySearchDate", "searchDate"),
    SEARCH_DATE_FROM("SEARCH_DATE_FROM", ValueKind.DATE, "CamelBitrix24NotifySearchDateFrom", "searchDateFrom"),
    SEARCH_DATE_TO("SEARCH_DATE_TO", ValueKind.DATE, "CamelBitrix24NotifySearchDateTo", "searchDateTo"),
    SEARCH_AUTHORS("SEARCH_AUTHORS", ValueKind.NUMBER_LIST, "CamelBitrix24NotifySearchAuthors", "searchAuthors"),
    GROUP_TAG("GROUP_TAG", ValueKind.TEXT, "CamelBitrix24NotifyGroupTag", "groupTag"),
    /**
     * The application of a webhook call: added next to TAG or SUB_TAG, which the portal applies (and deletes by) only
     * for a named application. No operation takes it from the message: it comes from the clientId option of the
     * connection alone.
     */
    CLIENT_ID("CLIENT_ID", ValueKind.TEXT, null, null);

    /** The most notifications one page of im.notify.get or im.notify.history.search holds (LIMIT). */
    public static final int MAX_PAGE_SIZE = 50;

    private final String wireName;
    private final ValueKind kind;
    private final Class<? extends Enum<?>> names;
    private final String header;
    private final String option;

    NotifyParameter(String wireName, ValueKind kind, String header, String option) {
        this(wireName, kind, null, header, option);
    }

    /** A parameter of {@link ValueKind#NAME}: it takes the names of {@code names}' constants. */
    NotifyParameter(String wireName, Class<? extends Enum<?>> names, String header, String option) {
        this(wireName, ValueKind.NAME, names, header, option);
    }

    NotifyParameter(String wireName, ValueKind kind, Class<? extends Enum<?>> names, String header, String option) {
        this.wireName = wireName;
        this.kind = kind;
        this.names = names;
        this.header = header;
        this.option = option;
    }

    /** The parameter name on the wire, e.g. USER_ID. */
    public String wireName() {
        return wireName;
    }

    public ValueKind kind() {
        return kind;
    }

    /** The enum whose constants' names a {@link ValueKind#NAME} parameter takes; null for other kinds. */
    public Class<? extends Enum<?>> names() {
        return names;
    }

    /** The message header that sets the parameter for one message, e.g. CamelBitrix24NotifyUserId; null if none. */
    public String header() {
        return header;
    }

    /** The endpoint option that sets the parameter for every message, e.g. userId; null if none. */
    public String option() {
        return option;
    }
}
