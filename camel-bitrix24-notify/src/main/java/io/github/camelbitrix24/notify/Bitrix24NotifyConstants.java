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

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the {@code bitrix24-notify} component. A header overrides the URI option of the same meaning for
 * one message. The headers of im.notify parameters are those of
 * {@link io.github.camelbitrix24.notify.operation.NotifyParameter}'s table, declared here for Camel's tooling.
 */
public final class Bitrix24NotifyConstants {

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this message, e.g. `readList`.",
              javaType = "String")
    public static final String OPERATION = "CamelBitrix24NotifyOperation";

    @Metadata(label = "producer",
              description = "The member_id of the portal this message goes to, looked up in the portalDirectory: its "
                            + "address, OAuth pair and plan; overrides the memberId option. A portal the directory does "
                            + "not hold fails with PORTAL_NOT_INSTALLED before any call.",
              javaType = "String")
    public static final String MEMBER_ID = "CamelBitrix24NotifyMemberId";

    @Metadata(label = "producer", description = "The recipient (USER_ID) of a notification.", javaType = "Long")
    public static final String USER_ID = "CamelBitrix24NotifyUserId";

    @Metadata(label = "producer", description = "The notification type of the `notify` operation (TYPE): a NotifyType, or "
                                                + "USER or SYSTEM in any case; any other value is refused before the call.",
              javaType = "io.github.camelbitrix24.notify.model.NotifyType", enums = "USER,SYSTEM")
    public static final String TYPE = "CamelBitrix24NotifyType";

    @Metadata(label = "producer", description = "The text for external channels such as e-mail (MESSAGE_OUT).",
              javaType = "String")
    public static final String MESSAGE_OUT = "CamelBitrix24NotifyMessageOut";

    @Metadata(description = "The notification tag (TAG): a new notification with the same tag replaces the older one. "
                            + "On a consumed exchange: the tag as stored by the portal.",
              javaType = "String")
    public static final String TAG = "CamelBitrix24NotifyTag";

    @Metadata(description = "The additional tag without uniqueness (SUB_TAG). On a consumed exchange: as stored by the portal.",
              javaType = "String")
    public static final String SUB_TAG = "CamelBitrix24NotifySubTag";

    @Metadata(label = "producer",
              description = "The attachment (ATTACH): a JSON string, a Map (full form), a List of blocks (short form) or an Attach built with Attach.builder().",
              javaType = "Object")
    public static final String ATTACH = "CamelBitrix24NotifyAttach";

    @Metadata(description = "The notification id: the one to read, answer, confirm or delete (ID / NOTIFY_ID); after a send, "
                            + "the id of the new notification; on a consumed exchange, the notification's id.",
              javaType = "Long")
    public static final String ID = "CamelBitrix24NotifyId";

    @Metadata(label = "producer", description = "The value of the pressed button for `confirm` (NOTIFY_VALUE), e.g. Y or N.",
              javaType = "String")
    public static final String NOTIFY_VALUE = "CamelBitrix24NotifyValue";

    /** @deprecated the same header as {@link #NOTIFY_VALUE}, named after the option notifyValue. */
    @Deprecated(since = "0.1.0")
    public static final String VALUE = NOTIFY_VALUE;

    @Metadata(label = "producer", description = "The reply text for `answer` (ANSWER_TEXT).", javaType = "String")
    public static final String ANSWER_TEXT = "CamelBitrix24NotifyAnswerText";

    @Metadata(label = "producer",
              description = "For `read`: true marks only this notification, false also every newer one (ONLY_CURRENT).",
              javaType = "Boolean")
    public static final String ONLY_CURRENT = "CamelBitrix24NotifyOnlyCurrent";

    @Metadata(label = "producer", description = "For `read` and `readList`: true marks read, false marks unread (ACTION).",
              javaType = "Boolean")
    public static final String MARK_READ = "CamelBitrix24NotifyMarkRead";

    @Metadata(label = "producer",
              description = "The notification ids for `readList` (IDS): a Collection, an array or a comma-separated String.",
              javaType = "java.util.Collection<Long>")
    public static final String IDS = "CamelBitrix24NotifyIds";

    @Metadata(label = "producer", description = "Page size of `get` and `historySearch`, 1 to 50 (LIMIT).",
              javaType = "Integer")
    public static final String LIMIT = "CamelBitrix24NotifyLimit";

    @Metadata(label = "producer", description = "Whether the portal converts the notification text (CONVERT_TEXT).",
              javaType = "Boolean")
    public static final String CONVERT_TEXT = "CamelBitrix24NotifyConvertText";

    @Metadata(label = "producer",
              description = "Paging cursor of `get` and `historySearch` (LAST_ID): the id of the last item of the previous page; "
                            + "NotificationPage.nextLastId() gives it.",
              javaType = "Long")
    public static final String LAST_ID = "CamelBitrix24NotifyLastId";

    @Metadata(label = "producer",
              description = "Paging stage of `get` (LAST_TYPE), used together with LAST_ID: 1 confirmations, 3 regular; "
                            + "NotificationPage.nextLastType() gives it.",
              javaType = "Integer")
    public static final String LAST_TYPE = "CamelBitrix24NotifyLastType";

    @Metadata(label = "producer", description = "Text to search for with `historySearch`, at least 3 characters (SEARCH_TEXT).",
              javaType = "String")
    public static final String SEARCH_TEXT = "CamelBitrix24NotifySearchText";

    @Metadata(label = "producer",
              description = "Search filter (SEARCH_TYPE): a module, or a module and one of its events joined "
                            + "by a vertical bar.",
              javaType = "String")
    public static final String SEARCH_TYPE = "CamelBitrix24NotifySearchType";

    @Metadata(label = "producer", description = "Search one day (SEARCH_DATE): an ISO-8601 String or a java.time value.",
              javaType = "Object")
    public static final String SEARCH_DATE = "CamelBitrix24NotifySearchDate";

    @Metadata(label = "producer", description = "Start of the search period (SEARCH_DATE_FROM), together with SEARCH_DATE_TO.",
              javaType = "Object")
    public static final String SEARCH_DATE_FROM = "CamelBitrix24NotifySearchDateFrom";

    @Metadata(label = "producer", description = "End of the search period (SEARCH_DATE_TO), together with SEARCH_DATE_FROM.",
              javaType = "Object")
    public static final String SEARCH_DATE_TO = "CamelBitrix24NotifySearchDateTo";

    @Metadata(label = "producer",
              description = "Author ids to search for (SEARCH_AUTHORS): a Collection, an array or a comma-separated String.",
              javaType = "java.util.Collection<Long>")
    public static final String SEARCH_AUTHORS = "CamelBitrix24NotifySearchAuthors";

    @Metadata(label = "producer", description = "Group tag filter of `historySearch` (GROUP_TAG).", javaType = "String")
    public static final String GROUP_TAG = "CamelBitrix24NotifyGroupTag";

    @Metadata(label = "producer",
              description = "Raw Bitrix24 parameters (a Map) applied last, over every option and header: the escape hatch for "
                            + "parameters the component does not know.",
              javaType = "java.util.Map<String, Object>")
    public static final String PARAMS = "CamelBitrix24NotifyParams";

    @Metadata(label = "producer",
              description = "After a list body was sent through batch: the entries that failed, each a Bitrix24NotifyException "
                            + "whose getBatchIndex() says which; empty when all succeeded.",
              javaType = "java.util.List<io.github.camelbitrix24.notify.Bitrix24NotifyException>")
    public static final String BATCH_ERRORS = "CamelBitrix24NotifyBatchErrors";

    @Metadata(label = "consumer", description = "The module that created the notification (notify_module).",
              javaType = "String")
    public static final String MODULE = "CamelBitrix24NotifyModule";

    @Metadata(label = "consumer", description = "The event of the module (notify_event).", javaType = "String")
    public static final String EVENT = "CamelBitrix24NotifyEvent";

    @Metadata(label = "consumer", description = "The author of the notification, 0 for system notifications (author_id).",
              javaType = "Long")
    public static final String AUTHOR_ID = "CamelBitrix24NotifyAuthorId";

    @Metadata(label = "consumer", description = "When the notification was created (date).",
              javaType = "java.time.OffsetDateTime")
    public static final String DATE = "CamelBitrix24NotifyDate";

    @Metadata(label = "consumer", description = "Whether the notification is read (notify_read).", javaType = "Boolean")
    public static final String READ = "CamelBitrix24NotifyRead";

    @Metadata(label = "consumer",
              description = "The notification type (notify_type): 1 confirm (has buttons), 2 from a user, 4 system.",
              javaType = "Integer")
    public static final String NOTIFY_TYPE = "CamelBitrix24NotifyNotifyType";

    private Bitrix24NotifyConstants() {
    }
}
