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

import java.io.InputStream;
import java.io.Reader;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.model.NotificationRequest;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import io.github.camelbitrix24.notify.operation.NotifyParameter;
import io.github.camelbitrix24.notify.operation.ValueKind;
import org.apache.camel.Exchange;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.WrappedFile;

/**
 * Reads a message body the way its operation takes it, and refuses any other body before the wire, naming its Java type
 * and the types the operation takes: a body of the wrong type must not pass for an empty message. Text comes as a
 * String or as what Camel's type converter reads as text (bytes, a stream, a reader, a file). A body of null is no
 * body: the operation's own check refuses what it lacks.
 */
final class BodyReader {

    private static final String TEXT = "text (a String, byte[], InputStream, Reader or file)";
    private static final String ENTRY = TEXT + ", a NotificationRequest or a Map of the method's parameters";
    private static final String SEND = ENTRY + ", or a List or array of these";
    private static final String IDS = "ids (a Collection or array of numbers, a number, or comma-separated text)";

    private BodyReader() {
    }

    /**
     * The notification of a send's body, or of one entry of its list body: text, a NotificationRequest, or a Map of the
     * method's parameters converted by {@link NotificationRequestConverter}; null when there is none.
     */
    static NotificationRequest notification(Bitrix24Operation operation, Exchange exchange, Object body, boolean listEntry) {
        if (body == null || body instanceof NotificationRequest) {
            return (NotificationRequest) body;
        }
        if (body instanceof Map<?, ?> map) {
            return fromMap(operation, exchange, map);
        }
        if (isText(body)) {
            return NotificationRequest.of(text(exchange, body));
        }
        throw refused(operation, (listEntry ? "An entry of the list body must be " + ENTRY : "The body must be " + SEND)
                                 + "; got a " + body.getClass().getName());
    }

    /**
     * The value of the body parameter of an operation that is not a send (readList's ids, answer's and historySearch's
     * text), for when no header or option gives it; null when there is no body.
     */
    static Object parameterValue(Bitrix24Operation operation, Exchange exchange, Object body) {
        if (body == null) {
            return null;
        }
        if (isText(body)) {
            return text(exchange, body);
        }
        NotifyParameter parameter = operation.bodyParameter();
        boolean ids = parameter.kind() == ValueKind.NUMBER_LIST;
        if (ids && (body instanceof Collection || body instanceof Number || body.getClass().isArray())) {
            return body;
        }
        throw refused(operation, "The body must be " + (ids ? IDS : TEXT) + " when no header or option gives "
                                 + parameter.wireName() + "; got a " + body.getClass().getName());
    }

    private static NotificationRequest fromMap(Bitrix24Operation operation, Exchange exchange, Map<?, ?> map) {
        List<String> unknown = map.keySet().stream()
                .filter(key -> NotificationRequestConverter.named(key, operation.parameters()) == null)
                .map(String::valueOf).toList();
        if (!unknown.isEmpty()) {
            throw refused(operation, "The Map body has keys that are no parameters of " + operation.method() + ": "
                                     + String.join(", ", unknown) + "; it takes "
                                     + NotificationRequestConverter.wireNames(operation.parameters()));
        }
        try {
            return exchange.getContext().getTypeConverter().mandatoryConvertTo(NotificationRequest.class, exchange, map);
        } catch (RuntimeException failed) {
            // Camel wraps what a converter throws in a TypeConversionException
            PortalException refusal = refusalIn(failed);
            if (refusal == null) {
                throw failed;
            }
            throw PortalException.refused(operation.method(), refusal.getErrorCode(), refusal.getErrorDescription());
        } catch (NoTypeConversionAvailableException missing) {
            throw new IllegalStateException(
                    "The type converter of a Map into a NotificationRequest is not loaded: "
                                            + "is camel-bitrix24-notify's jar complete?",
                    missing);
        }
    }

    private static PortalException refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortalException refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static boolean isText(Object body) {
        return body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
                || body instanceof Reader || body instanceof WrappedFile;
    }

    private static String text(Exchange exchange, Object body) {
        return body instanceof CharSequence text
                ? text.toString()
                : exchange.getContext().getTypeConverter().convertTo(String.class, exchange, body);
    }

    private static PortalException refused(Bitrix24Operation operation, String description) {
        return PortalException.refused(operation.method(), ErrorCodes.PARAMS_ERROR, description);
    }
}
