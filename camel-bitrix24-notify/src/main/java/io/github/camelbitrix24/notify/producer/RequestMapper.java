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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import io.github.camelbitrix24.notify.operation.EnumNames;
import io.github.camelbitrix24.notify.operation.NotifyParameter;
import io.github.camelbitrix24.notify.operation.RequestRule;
import io.github.camelbitrix24.notify.operation.ValueKind;
import org.apache.camel.Message;

/**
 * Builds the request of any operation, by the operation's table entry, from a message or from values the component
 * gives itself (the consumer's pages and read marks): for each parameter of a message the header wins over the endpoint
 * option, which wins over the body, except that a send's notification given in the body (a NotificationRequest or a
 * Map) wins over both; the raw parameters header is applied last; then the portal's own checks run, so that refused
 * input never leaves the client. {@link BodyReader} says which bodies each operation takes. Refusals are
 * {@link PortalException}s with the portal's code.
 */
public final class RequestMapper {

    private final ParameterBinding binding;
    private final String clientId;
    private final boolean clientIdNeeded;
    private final AttachFormat attachFormat;

    /**
     * @param clientId       the application's client id, or null
     * @param clientIdNeeded whether calls name their application with CLIENT_ID next to TAG and SUB_TAG (webhook
     *                       calls), rather than by their credentials (OAuth calls)
     */
    public RequestMapper(ParameterBinding binding, String clientId, boolean clientIdNeeded, AttachFormat attachFormat) {
        this.binding = binding;
        this.clientId = clientId;
        this.clientIdNeeded = clientIdNeeded;
        this.attachFormat = attachFormat;
    }

    /**
     * The request for a message whose body is one value: a send's notification (text, a NotificationRequest or a Map of
     * its parameters), another operation's ids or text, or nothing.
     */
    public Bitrix24Request map(Bitrix24Operation operation, Message message) {
        NotificationRequest entry = operation.isSend()
                ? BodyReader.notification(operation, message.getExchange(), message.getBody(), false) : null;
        return fromMessage(operation, message, entry);
    }

    /** The request for values given by the caller alone; no header, option or body takes part. */
    public Bitrix24Request map(Bitrix24Operation operation, Map<NotifyParameter, Object> values) {
        return build(operation, values::get, null);
    }

    /** The requests for the entries of a list body, in order; one bad entry does not stop the others. */
    public List<MappedEntry> mapEach(Bitrix24Operation operation, Message message, Collection<?> entries) {
        List<MappedEntry> mapped = new ArrayList<>(entries.size());
        int index = 0;
        for (Object entry : entries) {
            try {
                NotificationRequest request = BodyReader.notification(operation, message.getExchange(), entry, true);
                mapped.add(new MappedEntry(fromMessage(operation, message, request), null));
            } catch (PortalException refused) {
                mapped.add(new MappedEntry(null, refused.atBatchIndex(index)));
            }
            index++;
        }
        return mapped;
    }

    /**
     * A send's body is its notification, the entry; another operation reads its body only for its body parameter, and
     * only when no header, option or raw parameter gives it, so that a body it does not take passes unread then.
     */
    private Bitrix24Request fromMessage(Bitrix24Operation operation, Message message, NotificationRequest entry) {
        Map<?, ?> raw = rawParams(operation, message);
        Function<NotifyParameter, Object> valueOf = parameter -> {
            Object given = firstGiven(
                    named(operation, parameter, NotificationRequestConverter.valueOf(entry, parameter),
                            () -> "The " + parameter.wireName() + " of the " + NotificationRequest.class.getSimpleName()),
                    named(operation, parameter, headerValue(parameter, message),
                            () -> "The header " + binding.header(parameter)),
                    binding.option(parameter));
            boolean fromBody = given == null && !operation.isSend() && parameter == operation.bodyParameter()
                    && !givenRaw(raw, parameter);
            return fromBody ? BodyReader.parameterValue(operation, message.getExchange(), message.getBody()) : given;
        };
        return build(operation, valueOf, raw);
    }

    /** The raw parameters header, a Map; any other value is refused rather than dropped unseen. */
    private Map<?, ?> rawParams(Bitrix24Operation operation, Message message) {
        Object raw = message.getHeader(binding.rawParamsHeader());
        if (raw == null || raw instanceof Map) {
            return (Map<?, ?>) raw;
        }
        throw PortalException.refused(operation.method(), ErrorCodes.PARAMS_ERROR, "The header " + binding.rawParamsHeader()
                                                                                   + " must be a Map of Bitrix24 parameters, got a "
                                                                                   + raw.getClass().getName());
    }

    private Bitrix24Request build(Bitrix24Operation operation, Function<NotifyParameter, Object> valueOf, Map<?, ?> raw) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (NotifyParameter parameter : operation.parameters()) {
            Object value = valueOf.apply(parameter);
            Object wire = parameter.kind() == ValueKind.ATTACH && value != null
                    ? attachFormat.normalize(operation.method(), value) : ParameterValues.convert(parameter.kind(), value);
            if (wire != null) {
                params.put(parameter.wireName(), wire);
            }
        }
        if (clientIdNeeded && clientId != null && (params.containsKey(NotifyParameter.TAG.wireName())
                || params.containsKey(NotifyParameter.SUB_TAG.wireName()))) {
            params.put(NotifyParameter.CLIENT_ID.wireName(), clientId);
        }
        applyRaw(operation, params, raw);
        for (RequestRule rule : operation.rules()) {
            RequestRule.Refusal refusal = rule.webhookOnly() && !clientIdNeeded ? null : rule.check(params);
            if (refusal != null) {
                throw PortalException.refused(operation.method(), refusal.code(), refusal.description());
            }
        }
        return operation.request(params);
    }

    /**
     * The constant a value of a {@link ValueKind#NAME} parameter names, refused with the name of its source when it
     * names none: the portal would not refuse it, but read it as its default. Values of other parameters pass as given.
     */
    private static Object named(Bitrix24Operation operation, NotifyParameter parameter, Object value, Supplier<String> source) {
        if (value == null || parameter.kind() != ValueKind.NAME) {
            return value;
        }
        return EnumNames.findAny(parameter.names(), value).orElseThrow(() -> PortalException.refused(operation.method(),
                ErrorCodes.PARAMS_ERROR, EnumNames.refusal(source.get(), value, EnumNames.listed(parameter.names()))));
    }

    private Object headerValue(NotifyParameter parameter, Message message) {
        String header = binding.header(parameter);
        return header == null ? null : message.getHeader(header);
    }

    private static boolean givenRaw(Map<?, ?> raw, NotifyParameter parameter) {
        return raw != null
                && raw.keySet().stream().anyMatch(name -> parameter.wireName().equalsIgnoreCase(String.valueOf(name)));
    }

    private static Object firstGiven(Object... candidates) {
        for (Object candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /** Raw values go as given, but an ATTACH passes the same format and size check as from any other source. */
    @SuppressWarnings("unchecked")
    private void applyRaw(Bitrix24Operation operation, Map<String, Object> params, Map<?, ?> raw) {
        if (raw == null) {
            return;
        }
        ((Map<Object, Object>) raw).forEach((name, value) -> {
            String wireName = name.toString();
            if (value == null) {
                params.remove(wireName);
            } else {
                params.put(wireName, isAttach(operation, wireName) ? attachFormat.normalize(operation.method(), value) : value);
            }
        });
    }

    private static boolean isAttach(Bitrix24Operation operation, String wireName) {
        return operation.parameters().stream()
                .anyMatch(parameter -> parameter.kind() == ValueKind.ATTACH && parameter.wireName().equals(wireName));
    }
}
