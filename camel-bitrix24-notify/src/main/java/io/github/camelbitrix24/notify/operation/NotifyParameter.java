package io.github.camelbitrix24.notify.operation;

import io.github.camelbitrix24.notify.model.NotifyType;

/**
 * A Bitrix24 parameter of the im.notify.* methods: its name on the wire and the kind of value it takes. Where a
 * Camel message gives its value (a header, an endpoint option) is the component's business, not the portal's.
 */
public enum NotifyParameter {

    USER_ID("USER_ID", ValueKind.NUMBER),
    /** The portal sends a personal notification for anything but exactly SYSTEM: a name checked before the call. */
    TYPE("TYPE", NotifyType.class),
    /** The text of a notification: always the message body (or a NotificationRequest's message). */
    MESSAGE("MESSAGE", ValueKind.TEXT),
    MESSAGE_OUT("MESSAGE_OUT", ValueKind.TEXT),
    TAG("TAG", ValueKind.TEXT),
    SUB_TAG("SUB_TAG", ValueKind.TEXT),
    ATTACH("ATTACH", ValueKind.ATTACH),
    /** The notification of im.notify.read and im.notify.delete. */
    ID("ID", ValueKind.NUMBER),
    /** The notification of im.notify.answer and im.notify.confirm: same meaning as ID, other name. */
    NOTIFY_ID("NOTIFY_ID", ValueKind.NUMBER),
    NOTIFY_VALUE("NOTIFY_VALUE", ValueKind.TEXT),
    ANSWER_TEXT("ANSWER_TEXT", ValueKind.TEXT),
    ONLY_CURRENT("ONLY_CURRENT", ValueKind.FLAG),
    ACTION("ACTION", ValueKind.FLAG),
    IDS("IDS", ValueKind.NUMBER_LIST),
    LIMIT("LIMIT", ValueKind.NUMBER),
    CONVERT_TEXT("CONVERT_TEXT", ValueKind.FLAG),
    LAST_ID("LAST_ID", ValueKind.NUMBER),
    LAST_TYPE("LAST_TYPE", ValueKind.NUMBER),
    SEARCH_TEXT("SEARCH_TEXT", ValueKind.TEXT),
    SEARCH_TYPE("SEARCH_TYPE", ValueKind.TEXT),
    SEARCH_DATE("SEARCH_DATE", ValueKind.DATE),
    SEARCH_DATE_FROM("SEARCH_DATE_FROM", ValueKind.DATE),
    SEARCH_DATE_TO("SEARCH_DATE_TO", ValueKind.DATE),
    SEARCH_AUTHORS("SEARCH_AUTHORS", ValueKind.NUMBER_LIST),
    GROUP_TAG("GROUP_TAG", ValueKind.TEXT),
    /**
     * The application of a webhook call: added next to TAG or SUB_TAG, which the portal applies (and deletes by)
     * only for a named application. No operation takes it from the message.
     */
    CLIENT_ID("CLIENT_ID", ValueKind.TEXT);

    /** The most notifications one page of im.notify.get or im.notify.history.search holds (LIMIT). */
    public static final int MAX_PAGE_SIZE = 50;

    private final String wireName;
    private final ValueKind kind;
    private final Class<? extends Enum<?>> names;

    NotifyParameter(String wireName, ValueKind kind) {
        this.wireName = wireName;
        this.kind = kind;
        this.names = null;
    }

    /** A parameter of {@link ValueKind#NAME}: it takes the names of {@code names}' constants. */
    NotifyParameter(String wireName, Class<? extends Enum<?>> names) {
        this.wireName = wireName;
        this.kind = ValueKind.NAME;
        this.names = names;
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
}
