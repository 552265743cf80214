package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.operation.NotifyParameter;
import io.github.camelbitrix24.notify.producer.ParameterBinding;

/**
 * Where an endpoint's messages give each im.notify parameter: the header of {@link Bitrix24NotifyConstants} that sets
 * it for one message, and the option of {@link Bitrix24NotifyMessageOptions} that sets it for all. The switches
 * cover every parameter, so a new one does not compile until it is bound here.
 */
final class MessageParameters implements ParameterBinding {

    private final Bitrix24NotifyMessageOptions options;

    MessageParameters(Bitrix24NotifyMessageOptions options) {
        this.options = options;
    }

    @Override
    public String header(NotifyParameter parameter) {
        return switch (parameter) {
            case USER_ID -> Bitrix24NotifyConstants.USER_ID;
            case TYPE -> Bitrix24NotifyConstants.TYPE;
            case MESSAGE_OUT -> Bitrix24NotifyConstants.MESSAGE_OUT;
            case TAG -> Bitrix24NotifyConstants.TAG;
            case SUB_TAG -> Bitrix24NotifyConstants.SUB_TAG;
            case ATTACH -> Bitrix24NotifyConstants.ATTACH;
            // answer and confirm name the notification NOTIFY_ID, read and delete ID: one header for both
            case ID, NOTIFY_ID -> Bitrix24NotifyConstants.ID;
            case NOTIFY_VALUE -> Bitrix24NotifyConstants.VALUE;
            case ANSWER_TEXT -> Bitrix24NotifyConstants.ANSWER_TEXT;
            case ONLY_CURRENT -> Bitrix24NotifyConstants.ONLY_CURRENT;
            case ACTION -> Bitrix24NotifyConstants.MARK_READ;
            case IDS -> Bitrix24NotifyConstants.IDS;
            case LIMIT -> Bitrix24NotifyConstants.LIMIT;
            case CONVERT_TEXT -> Bitrix24NotifyConstants.CONVERT_TEXT;
            case LAST_ID -> Bitrix24NotifyConstants.LAST_ID;
            case LAST_TYPE -> Bitrix24NotifyConstants.LAST_TYPE;
            case SEARCH_TEXT -> Bitrix24NotifyConstants.SEARCH_TEXT;
            case SEARCH_TYPE -> Bitrix24NotifyConstants.SEARCH_TYPE;
            case SEARCH_DATE -> Bitrix24NotifyConstants.SEARCH_DATE;
            case SEARCH_DATE_FROM -> Bitrix24NotifyConstants.SEARCH_DATE_FROM;
            case SEARCH_DATE_TO -> Bitrix24NotifyConstants.SEARCH_DATE_TO;
            case SEARCH_AUTHORS -> Bitrix24NotifyConstants.SEARCH_AUTHORS;
            case GROUP_TAG -> Bitrix24NotifyConstants.GROUP_TAG;
            // the text is the body; CLIENT_ID comes from the clientId option alone
            case MESSAGE, CLIENT_ID -> null;
        };
    }

    @Override
    public Object option(NotifyParameter parameter) {
        return switch (parameter) {
            case USER_ID -> options.getUserId();
            case TYPE -> options.getType();
            case MESSAGE_OUT -> options.getMessageOut();
            case TAG -> options.getTag();
            case SUB_TAG -> options.getSubTag();
            case ATTACH -> options.getAttach();
            case ID, NOTIFY_ID -> options.getNotifyId();
            case NOTIFY_VALUE -> options.getNotifyValue();
            case ANSWER_TEXT -> options.getAnswerText();
            case ONLY_CURRENT -> options.isOnlyCurrent();
            case ACTION -> options.isMarkRead();
            case LIMIT -> options.getLimit();
            case CONVERT_TEXT -> options.getConvertText();
            case SEARCH_TEXT -> options.getSearchText();
            case SEARCH_TYPE -> options.getSearchType();
            case SEARCH_DATE -> options.getSearchDate();
            case SEARCH_DATE_FROM -> options.getSearchDateFrom();
            case SEARCH_DATE_TO -> options.getSearchDateTo();
            case SEARCH_AUTHORS -> options.getSearchAuthors();
            case GROUP_TAG -> options.getGroupTag();
            // paging cursors and id lists change from message to message: headers or the body only
            case MESSAGE, IDS, LAST_ID, LAST_TYPE, CLIENT_ID -> null;
        };
    }

    @Override
    public String rawParamsHeader() {
        return Bitrix24NotifyConstants.PARAMS;
    }
}
