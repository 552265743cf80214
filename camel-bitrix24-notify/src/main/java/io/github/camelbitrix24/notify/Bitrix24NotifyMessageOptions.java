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
package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.model.NotifyType;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The im.notify.* parameters an endpoint sends with every message. Each has a header of the same meaning that wins over
 * it for one message (see {@link Bitrix24NotifyConstants}). Each option is the option of a row of
 * {@link io.github.camelbitrix24.notify.operation.NotifyParameter}, which the producer reads it by.
 */
@UriParams
public class Bitrix24NotifyMessageOptions {

    @UriParam(label = "producer", description = "The recipient of sent notifications (USER_ID).")
    private Long userId;

    // not set, TYPE is not sent and the portal's own default, USER, applies
    @UriParam(label = "producer", defaultValue = "USER",
              description = "The type for the `notify` operation (TYPE): USER, a personal notification from the webhook's "
                            + "user, or SYSTEM, in any case; any other value refuses the endpoint.")
    private NotifyType type;

    @UriParam(label = "producer", description = "The text for external channels such as e-mail (MESSAGE_OUT).")
    private String messageOut;

    @UriParam(label = "producer",
              description = "The notification tag (TAG): a new notification replaces the user's older one with the same tag, "
                            + "and `delete` deletes by it. With a webhook, set clientId too.")
    private String tag;

    @UriParam(label = "producer",
              description = "An additional tag without uniqueness (SUB_TAG), which `delete` can also delete by. With a "
                            + "webhook, set clientId too.")
    private String subTag;

    @UriParam(label = "producer",
              description = "The attachment (ATTACH) as JSON: the full form, an object whose BLOCKS holds the list of blocks, "
                            + "or the list of blocks alone. The header also accepts a Map, a List or an Attach built with "
                            + "Attach.builder().")
    private String attach;

    @UriParam(label = "producer",
              description = "The notification to read, answer, confirm or delete (ID, NOTIFY_ID).")
    private Long notifyId;

    @UriParam(label = "producer", description = "The value of the button to press for `confirm` (NOTIFY_VALUE), e.g. Y or N.")
    private String notifyValue;

    @UriParam(label = "producer",
              description = "The reply for `answer` (ANSWER_TEXT); without it the message body is the reply.")
    private String answerText;

    @UriParam(label = "producer", defaultValue = "true",
              description = "For `read`: mark only the given notification (true) or also every newer one (false) (ONLY_CURRENT).")
    private boolean onlyCurrent = true;

    @UriParam(label = "producer", defaultValue = "true",
              description = "For `read` and `readList`: mark as read (true) or as unread (false) (ACTION).")
    private boolean markRead = true;

    // common: the consumer reads its pages with it too. Left unset, LIMIT is not sent and the portal's own 50 applies
    @UriParam(label = "common", defaultValue = "50",
              description = "The page size of `get` and `historySearch`, and of the consumer's polls, 1 to 50 (LIMIT).")
    private Integer limit;

    @UriParam(label = "producer", description = "Ask the portal to convert the notification text (CONVERT_TEXT).")
    private Boolean convertText;

    @UriParam(label = "producer",
              description = "The text `historySearch` looks for, at least 3 characters (SEARCH_TEXT); without it the message "
                            + "body is searched for.")
    private String searchText;

    @UriParam(label = "producer",
              description = "The `historySearch` filter (SEARCH_TYPE): a module such as tasks, or a module and one of its "
                            + "events joined by a vertical bar, such as task_update of tasks.")
    private String searchType;

    @UriParam(label = "producer",
              description = "The day `historySearch` looks at (SEARCH_DATE), an ISO-8601 date and time with its offset, e.g. "
                            + "2026-03-03T00:00:00-05:00.")
    private String searchDate;

    @UriParam(label = "producer",
              description = "Start of the `historySearch` period (SEARCH_DATE_FROM), ISO-8601; needs searchDateTo.")
    private String searchDateFrom;

    @UriParam(label = "producer",
              description = "End of the `historySearch` period (SEARCH_DATE_TO), ISO-8601; needs searchDateFrom.")
    private String searchDateTo;

    @UriParam(label = "producer", description = "Comma-separated author ids `historySearch` looks for (SEARCH_AUTHORS).")
    private String searchAuthors;

    @UriParam(label = "producer", description = "The group tag `historySearch` filters on (GROUP_TAG).")
    private String groupTag;

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public NotifyType getType() {
        return type;
    }

    public void setType(NotifyType type) {
        this.type = type;
    }

    public String getMessageOut() {
        return messageOut;
    }

    public void setMessageOut(String messageOut) {
        this.messageOut = messageOut;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getSubTag() {
        return subTag;
    }

    public void setSubTag(String subTag) {
        this.subTag = subTag;
    }

    public String getAttach() {
        return attach;
    }

    public void setAttach(String attach) {
        this.attach = attach;
    }

    public Long getNotifyId() {
        return notifyId;
    }

    public void setNotifyId(Long notifyId) {
        this.notifyId = notifyId;
    }

    public String getNotifyValue() {
        return notifyValue;
    }

    public void setNotifyValue(String notifyValue) {
        this.notifyValue = notifyValue;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public boolean isOnlyCurrent() {
        return onlyCurrent;
    }

    public void setOnlyCurrent(boolean onlyCurrent) {
        this.onlyCurrent = onlyCurrent;
    }

    public boolean isMarkRead() {
        return markRead;
    }

    public void setMarkRead(boolean markRead) {
        this.markRead = markRead;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public Boolean getConvertText() {
        return convertText;
    }

    public void setConvertText(Boolean convertText) {
        this.convertText = convertText;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public String getSearchType() {
        return searchType;
    }

    public void setSearchType(String searchType) {
        this.searchType = searchType;
    }

    public String getSearchDate() {
        return searchDate;
    }

    public void setSearchDate(String searchDate) {
        this.searchDate = searchDate;
    }

    public String getSearchDateFrom() {
        return searchDateFrom;
    }

    public void setSearchDateFrom(String searchDateFrom) {
        this.searchDateFrom = searchDateFrom;
    }

    public String getSearchDateTo() {
        return searchDateTo;
    }

    public void setSearchDateTo(String searchDateTo) {
        this.searchDateTo = searchDateTo;
    }

    public String getSearchAuthors() {
        return searchAuthors;
    }

    public void setSearchAuthors(String searchAuthors) {
        this.searchAuthors = searchAuthors;
    }

    public String getGroupTag() {
        return groupTag;
    }

    public void setGroupTag(String groupTag) {
        this.groupTag = groupTag;
    }
}
