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
package io.github.camelbitrix24.notify.producer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import io.github.camelbitrix24.notify.operation.NotifyParameter;
import io.github.camelbitrix24.notify.operation.RequestRule;
import io.github.camelbitrix24.notify.operation.ValueKind;
import org.apache.camel.Converter;

import static io.github.camelbitrix24.notify.operation.NotifyParameter.ATTACH;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.MESSAGE;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.MESSAGE_OUT;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.SUB_TAG;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.TAG;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.TYPE;
import static io.github.camelbitrix24.notify.operation.NotifyParameter.USER_ID;

/**
 * The type converter of a {@code Map} of send parameters into a {@link NotificationRequest}: what a route has after
 * unmarshalling a JSON object, from Kafka or an HTTP call say, becomes the notification it describes. Keys are the
 * parameters' wire names in any case, as the REST methods take them; values are read as the portal reads them. The
 * producer converts Map bodies through Camel's type converter, so a route's {@code convertBodyTo} does the same.
 */
@Converter(generateLoader = true)
public final class NotificationRequestConverter {

    /** The send parameters a NotificationRequest holds, in its order, each with the field that holds it. */
    static final Map<NotifyParameter, Function<NotificationRequest, Object>> FIELDS = fields(
            field(USER_ID, NotificationRequest::userId), field(MESSAGE, NotificationRequest::message),
            field(TYPE, NotificationRequest::type), field(MESSAGE_OUT, NotificationRequest::messageOut),
            field(TAG, NotificationRequest::tag), field(SUB_TAG, NotificationRequest::subTag),
            field(ATTACH, NotificationRequest::attach));

    private NotificationRequestConverter() {
    }

    /**
     * The notification a Map of send parameters describes; a parameter missing or null is left to the header or option
     * of the same meaning.
     *
     * @throws PortalException PARAMS_ERROR for a key that is not a send parameter (named), a parameter given twice or a
     *                         text parameter given as a structure; USER_ID_EMPTY for a USER_ID that is not a whole
     *                         number, the portal's code for it
     */
    @Converter
    public static NotificationRequest toNotificationRequest(Map<?, ?> parameters) {
        Map<NotifyParameter, Object> values = new EnumMap<>(NotifyParameter.class);
        List<String> unknown = new ArrayList<>();
        parameters.forEach((key, value) -> {
            NotifyParameter parameter = named(key, FIELDS.keySet());
            if (parameter == null) {
                unknown.add(String.valueOf(key));
            } else if (values.containsKey(parameter)) {
                throw refused(ErrorCodes.PARAMS_ERROR, parameter.wireName() + " is given twice, under names that differ "
                                                       + "only in case");
            } else {
                values.put(parameter, value);
            }
        });
        if (!unknown.isEmpty()) {
            throw refused(ErrorCodes.PARAMS_ERROR, "The Map has keys that are no parameters of a notification: "
                                                   + String.join(", ", unknown) + "; it takes " + wireNames(FIELDS.keySet()));
        }
        return new NotificationRequest(
                userId(values.get(USER_ID)), text(values, MESSAGE), text(values, TYPE),
                text(values, MESSAGE_OUT), text(values, TAG), text(values, SUB_TAG), values.get(ATTACH));
    }

    /** What a request says of a parameter, or null: its fields win over headers and options. */
    static Object valueOf(NotificationRequest request, NotifyParameter parameter) {
        Function<NotificationRequest, Object> field = FIELDS.get(parameter);
        return request == null || field == null ? null : field.apply(request);
    }

    private static Map.Entry<NotifyParameter, Function<NotificationRequest, Object>> field(
            NotifyParameter parameter, Function<NotificationRequest, Object> field) {
        return Map.entry(parameter, field);
    }

    @SafeVarargs
    private static Map<NotifyParameter, Function<NotificationRequest, Object>> fields(
            Map.Entry<NotifyParameter, Function<NotificationRequest, Object>>... fields) {
        Map<NotifyParameter, Function<NotificationRequest, Object>> ordered = new LinkedHashMap<>();
        for (Map.Entry<NotifyParameter, Function<NotificationRequest, Object>> field : fields) {
            ordered.put(field.getKey(), field.getValue());
        }
        return Collections.unmodifiableMap(ordered);
    }

    /** The parameter among these whose wire name the key is, in any case (the portal upper-cases names), or null. */
    static NotifyParameter named(Object key, Collection<NotifyParameter> among) {
        String name = String.valueOf(key).toUpperCase(Locale.ROOT);
        return among.stream().filter(parameter -> parameter.wireName().equals(name)).findFirst().orElse(null);
    }

    static String wireNames(Collection<NotifyParameter> parameters) {
        return parameters.stream().map(NotifyParameter::wireName).collect(Collectors.joining(", "));
    }

    private static Long userId(Object value) {
        if (value == null) {
            return null;
        }
        if (ParameterValues.convert(ValueKind.NUMBER, value) instanceof Long id) {
            return id;
        }
        RequestRule.Refusal refusal = Bitrix24Operation.recipientCheck().check(Map.of(USER_ID.wireName(), value));
        String because = "USER_ID must be a whole number, got a " + value.getClass().getName();
        throw refusal == null
                ? refused(ErrorCodes.PARAMS_ERROR, because)
                : refused(refusal.code(), refusal.description() + ": " + because);
    }

    /** A text parameter: text, or a number, flag or constant written as text; a structure is no text. */
    private static String text(Map<NotifyParameter, Object> values, NotifyParameter parameter) {
        Object value = values.get(parameter);
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Enum) {
            return (String) ParameterValues.convert(ValueKind.TEXT, value);
        }
        throw refused(ErrorCodes.PARAMS_ERROR, parameter.wireName() + " must be text, got a " + value.getClass().getName());
    }

    /** A refusal of no method yet: the producer tells it of the method it maps for. */
    private static PortalException refused(String code, String description) {
        return PortalException.refused(null, code, description);
    }
}
