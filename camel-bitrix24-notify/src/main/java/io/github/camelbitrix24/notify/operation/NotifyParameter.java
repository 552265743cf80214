package io.github.camelbitrix24.notify.operation;

import java.util.function.Function;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyMessageOptions;

/**
 * A Bitrix24 parameter of the im.notify.* methods and where its value comes from: the header that sets it for one
 * message, the URI option that sets it for every message of an endpoint, and how the value is converted.
 */
public enum NotifyParameter {

    USER_ID("USER_ID", Bitrix24NotifyConstants.USER_ID, Bitrix24NotifyMessageOptions::getUserId, ValueKind.NUMBER),
    TYPE("TYPE", Bitrix24NotifyConstants.TYPE, Bitrix24NotifyMessageOptions::getType, ValueKind.TEXT),
    /** The text of a notification: always the message body (or a NotificationRequest's message). */
    MESSAGE("MESSAGE", null, null, ValueKind.TEXT),
    MESSAGE_OUT("MESSAGE_OUT", Bitrix24NotifyConstants.MESSAGE_OUT, Bitrix24NotifyMessageOptions::getMessageOut, ValueKind.TEXT),
    TAG("TAG", Bitrix24NotifyConstants.TAG, Bitrix24NotifyMessageOptions::getTag, ValueKind.TEXT),
    SUB_TAG("SUB_TAG", Bitrix24NotifyConstants.SUB_TAG, Bitrix24NotifyMessageOptions::getSubTag, ValueKind.TEXT),
    ATTACH("ATTACH", Bitrix24NotifyConstants.ATTACH, Bitrix24NotifyMessageOptions::getAttach, ValueKind.ATTACH),
    /** The notification of im.notify.read and im.notify.delete. */
    ID("ID", Bitrix24NotifyConstants.ID, Bitrix24NotifyMessageOptions::getNotifyId, ValueKind.NUMBER),
    /** The notification of im.notify.answer and im.notify.confirm: same option and header as ID, other name. */
    NOTIFY_ID("NOTIFY_ID", Bitrix24NotifyConstants.ID, Bitrix24NotifyMessageOptions::getNotifyId, ValueKind.NUMBER),
    NOTIFY_VALUE("NOTIFY_VALUE", Bitrix24NotifyConstants.VALUE, Bitrix24NotifyMessageOptions::getNotifyValue, ValueKind.TEXT),
    ANSWER_TEXT("ANSWER_TEXT", Bitrix24NotifyConstants.ANSWER_TEXT, Bitrix24NotifyMessageOptions::getAnswerText, ValueKind.TEXT),
    ONLY_CURRENT("ONLY_CURRENT", Bitrix24NotifyConstants.ONLY_CURRENT, Bitrix24NotifyMessageOptions::isOnlyCurrent, ValueKind.FLAG),
    ACTION("ACTION", Bitrix24NotifyConstants.MARK_READ, Bitrix24NotifyMessageOptions::isMarkRead, ValueKind.FLAG),
    IDS("IDS", Bitrix24NotifyConstants.IDS, null, ValueKind.NUMBER_LIST),
    LIMIT("LIMIT", Bitrix24NotifyConstants.LIMIT, Bitrix24NotifyMessageOptions::getLimit, ValueKind.NUMBER),
    CONVERT_TEXT("CONVERT_TEXT", Bitrix24NotifyConstants.CONVERT_TEXT, Bitrix24NotifyMessageOptions::getConvertText, ValueKind.FLAG),
    LAST_ID("LAST_ID", Bitrix24NotifyConstants.LAST_ID, null, ValueKind.NUMBER),
    LAST_TYPE("LAST_TYPE", Bitrix24NotifyConstants.LAST_TYPE, null, ValueKind.NUMBER),
    SEARCH_TEXT("SEARCH_TEXT", Bitrix24NotifyConstants.SEARCH_TEXT, Bitrix24NotifyMessageOptions::getSearchText, ValueKind.TEXT),
    SEARCH_TYPE("SEARCH_TYPE", Bitrix24NotifyConstants.SEARCH_TYPE, Bitrix24NotifyMessageOptions::getSearchType, ValueKind.TEXT),
    SEARCH_DATE("SEARCH_DATE", Bitrix24NotifyConstants.SEARCH_DATE, Bitrix24NotifyMessageOptions::getSearchDate, ValueKind.DATE),
    SEARCH_DATE_FROM("SEARCH_DATE_FROM", Bitrix24NotifyConstants.SEARCH_DATE_FROM, Bitrix24NotifyMessageOptions::getSearchDateFrom, ValueKind.DATE),
    SEARCH_DATE_TO("SEARCH_DATE_TO", Bitrix24NotifyConstants.SEARCH_DATE_TO, Bitrix24NotifyMessageOptions::getSearchDateTo, ValueKind.DATE),
    SEARCH_AUTHORS("SEARCH_AUTHORS", Bitrix24NotifyConstants.SEARCH_AUTHORS, Bitrix24NotifyMessageOptions::getSearchAuthors, ValueKind.NUMBER_LIST),
    GROUP_TAG("GROUP_TAG", Bitrix24NotifyConstants.GROUP_TAG, Bitrix24NotifyMessageOptions::getGroupTag, ValueKind.TEXT);

    private final String wireName;
    private final String header;
    private final Function<Bitrix24NotifyMessageOptions, Object> option;
    private final ValueKind kind;

    NotifyParameter(String wireName, String header, Function<Bitrix24NotifyMessageOptions, Object> option, ValueKind kind) {
        this.wireName = wireName;
        this.header = header;
        this.option = option;
        this.kind = kind;
    }

    /** The parameter name on the wire, e.g. USER_ID. */
    public String wireName() {
        return wireName;
    }

    /** The header that sets it for one message, or null when only the body sets it. */
    public String header() {
        return header;
    }

    /** The endpoint option's value, or null when none is set or the parameter has no option. */
    public Object optionValue(Bitrix24NotifyMessageOptions options) {
        return option == null ? null : option.apply(options);
    }

    public ValueKind kind() {
        return kind;
    }
}
