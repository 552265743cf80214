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

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.RequestKind;

import static io.github.camelbitrix24.notify.operation.NotifyParameter.ACTION;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.ANSWER_TEXT;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.ATTACH;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.CONVERT_TEXT;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.GROUP_TAG;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.ID;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.IDS;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.LAST_ID;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.LAST_TYPE;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.LIMIT;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.MESSAGE;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.MESSAGE_OUT;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.NOTIFY_ID;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.NOTIFY_VALUE;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.ONLY_CURRENT;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.SEARCH_AUTHORS;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.SEARCH_DATE;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.SEARCH_DATE_FROM;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.SEARCH_DATE_TO;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.SEARCH_TEXT;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.SEARCH_TYPE;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.SUB_TAG;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.TAG;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.TYPE;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.USER_ID;
import static io.github.camelbitrix24.notify.operation.RequestRule.anyOf;
import static io.github.camelbitrix24.notify.operation.RequestRule.atLeast;
import static io.github.camelbitrix24.notify.operation.RequestRule.clientIdForTags;
import static io.github.camelbitrix24.notify.operation.RequestRule.digits;
import static io.github.camelbitrix24.notify.operation.RequestRule.notBlank;
import static io.github.camelbitrix24.notify.operation.RequestRule.numberList;
import static io.github.camelbitrix24.notify.operation.RequestRule.positive;
import static io.github.camelbitrix24.notify.operation.RequestRule.searchText;
import static io.github.camelbitrix24.notify.operation.RequestRule.together;
import static io.github.camelbitrix24.notify.operation.RequestRule.within;

/**
 * The twelve operations of the component, each described by data: the Bitrix24 method, what its requests do (their
 * {@link RequestKind} and {@link RepeatSafety}, stamped on each request built here), the parameters it takes (and which
 * one the message body feeds), the portal's own checks, and how its result is read. One mapper and one result reader
 * serve them all; a new method is one more entry here.
 */
public enum Bitrix24Operation {

    NOTIFY("notify", "im.notify", RequestKind.SEND, RepeatSafety.WITH_TAG, ResultReader.NOTIFICATION_ID, MESSAGE,
           List.of(USER_ID, TYPE, MESSAGE, MESSAGE_OUT, TAG, SUB_TAG, ATTACH), Rules.SEND),
    PERSONAL_ADD("personalAdd", "im.notify.personal.add", RequestKind.SEND, RepeatSafety.WITH_TAG,
                 ResultReader.NOTIFICATION_ID, MESSAGE, List.of(USER_ID, MESSAGE, MESSAGE_OUT, TAG, SUB_TAG, ATTACH),
                 Rules.SEND),
    SYSTEM_ADD("systemAdd", "im.notify.system.add", RequestKind.SEND, RepeatSafety.WITH_TAG,
               ResultReader.NOTIFICATION_ID, MESSAGE, List.of(USER_ID, MESSAGE, MESSAGE_OUT, TAG, SUB_TAG, ATTACH),
               Rules.SEND),
    GET("get", "im.notify.get", RequestKind.READ, RepeatSafety.ALWAYS, ResultReader.PAGE, null,
        List.of(LIMIT, CONVERT_TEXT, LAST_ID, LAST_TYPE),
        List.of(together(LAST_ID, LAST_TYPE, "LAST_ID_AND_LAST_TYPE",
                "Parameters LAST_ID and LAST_TYPE should be used together."),
                digits(LAST_ID, "LAST_ID_STRING", "Last notification ID can't be string"),
                Rules.PAGE_SIZE)),
    SCHEMA_GET("schemaGet", "im.notify.schema.get", RequestKind.READ, RepeatSafety.ALWAYS,
               ResultReader.SCHEMA, null, List.of(), List.of()),
    READ("read", "im.notify.read", RequestKind.ACTION, RepeatSafety.ALWAYS,
         ResultReader.BOOLEAN, null, List.of(ID, ACTION, ONLY_CURRENT), // the portal answers true to a call without ID (or with one below 0) and changes nothing
         List.of(atLeast(ID, 0, "ID_ERROR", "Notification ID can't be empty: im.notify.read without it changes nothing"))),
    READ_LIST("readList", "im.notify.read.list", RequestKind.ACTION, RepeatSafety.ALWAYS,
              ResultReader.BOOLEAN, IDS, List.of(IDS, ACTION),
              List.of(numberList(IDS, ErrorCodes.PARAMS_ERROR, "No IDS param or it is not an array"))),
    READ_ALL("readAll", "im.notify.read.all", RequestKind.ACTION, RepeatSafety.ALWAYS,
             ResultReader.BOOLEAN, null, List.of(), List.of()),
    ANSWER("answer", "im.notify.answer", RequestKind.ACTION, RepeatSafety.NEVER,
           ResultReader.MESSAGES, ANSWER_TEXT, List.of(NOTIFY_ID, ANSWER_TEXT),
           List.of(positive(NOTIFY_ID, "ID_ERROR", "Notification ID can't be empty"),
                   notBlank(ANSWER_TEXT, "ANSWER_TEXT_ERROR", "ANSWER_TEXT can't be empty"))),
    CONFIRM("confirm", "im.notify.confirm", RequestKind.ACTION, RepeatSafety.NEVER,
            ResultReader.MESSAGES, null, List.of(NOTIFY_ID, NOTIFY_VALUE),
            List.of(positive(NOTIFY_ID, "ID_ERROR", "Notification ID can't be empty"),
                    notBlank(NOTIFY_VALUE, "NOTIFY_VALUE_ERROR", "Notification Value can't be empty"))),
    DELETE("delete", "im.notify.delete", RequestKind.ACTION, RepeatSafety.NEVER,
           ResultReader.BOOLEAN, null, List.of(ID, TAG, SUB_TAG),
           List.of(anyOf(ErrorCodes.PARAMS_ERROR, "Incorrect params: give notifyId, tag or subTag", ID, TAG, SUB_TAG),
                   clientIdForTags("ACCESS_DENIED", "Access denied! Client ID not specified: set clientId to delete by tag"))),
    HISTORY_SEARCH("historySearch", "im.notify.history.search", RequestKind.READ, RepeatSafety.ALWAYS,
                   ResultReader.PAGE, SEARCH_TEXT,
                   List.of(SEARCH_TEXT, SEARCH_TYPE, SEARCH_DATE, SEARCH_DATE_FROM, SEARCH_DATE_TO, SEARCH_AUTHORS, GROUP_TAG,
                           LAST_ID, LIMIT, CONVERT_TEXT),
                   List.of(searchText("SEARCH_TEXT_ERROR", "SEARCH_TEXT can't be less than 3 symbols"),
                           digits(LAST_ID, "LAST_ID_STRING", "Last notification ID can't be string"),
                           Rules.PAGE_SIZE));

    private final String uriName;
    private final String method;
    private final RequestKind kind;
    private final RepeatSafety repeatSafety;
    private final ResultReader resultReader;
    private final NotifyParameter bodyParameter;
    private final List<NotifyParameter> parameters;
    private final List<RequestRule> rules;

    Bitrix24Operation(String uriName, String method, RequestKind kind, RepeatSafety repeatSafety,
                      ResultReader resultReader, NotifyParameter bodyParameter, List<NotifyParameter> parameters,
                      List<RequestRule> rules) {
        this.uriName = uriName;
        this.method = method;
        this.kind = kind;
        this.repeatSafety = repeatSafety;
        this.resultReader = resultReader;
        this.bodyParameter = bodyParameter;
        this.parameters = parameters;
        this.rules = rules;
    }

    /**
     * The operation of a URI path, e.g. {@code personalAdd}.
     *
     * @throws IllegalArgumentException when no operation has that name
     */
    public static Bitrix24Operation fromName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown bitrix24-notify operation '" + name + "'; use one of " + uriNames()));
    }

    /** The operation names of URI paths, as a sentence lists them: {@code notify, personalAdd, ...}. */
    public static String uriNames() {
        return Arrays.stream(values()).map(Bitrix24Operation::uriName).collect(Collectors.joining(", "));
    }

    /** The operation named {@code personalAdd}, {@code PERSONAL_ADD} or {@code im.notify.personal.add}, if any. */
    public static Optional<Bitrix24Operation> find(String name) {
        return Arrays.stream(values())
                .filter(operation -> operation.uriName.equalsIgnoreCase(name) || operation.name().equalsIgnoreCase(name)
                        || operation.method.equalsIgnoreCase(name))
                .findFirst();
    }

    /**
     * The request of this operation with these parameters (wire names), stamped with what it is: its kind, and whether
     * it is harmless to repeat when the portal may already have run it. Checks nothing: the caller does.
     */
    public Bitrix24Request request(Map<String, Object> params) {
        return new Bitrix24Request(method, params, kind, repeatSafety.repeatable(params));
    }

    /** Whether this operation creates a notification: only these accept a list body sent through batch. */
    public boolean isSend() {
        return kind == RequestKind.SEND;
    }

    /** What this operation's requests do on the portal. */
    public RequestKind kind() {
        return kind;
    }

    public String uriName() {
        return uriName;
    }

    /** The Bitrix24 REST method, e.g. im.notify.get. */
    public String method() {
        return method;
    }

    public ResultReader resultReader() {
        return resultReader;
    }

    /** The parameter the message body feeds when no header or option sets it, or null. */
    public NotifyParameter bodyParameter() {
        return bodyParameter;
    }

    public List<NotifyParameter> parameters() {
        return parameters;
    }

    public List<RequestRule> rules() {
        return rules;
    }

    /**
     * The send methods' check of the recipient, for a USER_ID read before a request is built (a Map body's): a value
     * that is not a user id above 0 is refused with USER_ID_EMPTY, as the portal refuses it.
     */
    public static RequestRule recipientCheck() {
        return Rules.RECIPIENT;
    }

    /** The URI name: Camel's build lists the operations of the endpoint's descriptor by it. */
    @Override
    public String toString() {
        return uriName;
    }

    /** Checks shared by several methods. */
    private static final class Rules {
        /** The recipient of a send: the portal reads USER_ID as a number, anything else as 0. */
        static final RequestRule RECIPIENT = positive(USER_ID, "USER_ID_EMPTY", "User ID can't be empty");
        /** The three send methods. */
        static final List<RequestRule> SEND = List.of(RECIPIENT, notBlank(MESSAGE, "MESSAGE_EMPTY", "Message can't be empty"));
        /** The two page reads: the portal answers a page of 50 for any LIMIT outside 1 to 50, without an error. */
        static final RequestRule PAGE_SIZE = within(LIMIT, 1, NotifyParameter.MAX_PAGE_SIZE, ErrorCodes.PARAMS_ERROR,
                "LIMIT must be 1 to " + NotifyParameter.MAX_PAGE_SIZE);
    }
}
