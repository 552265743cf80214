package io.github.camelbitrix24.notify.producer;

import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.PortalException;

/**
 * One entry of a list body, mapped: its request, or the refusal of its input (located at the entry's index).
 *
 * @param request the request to send, or null when refused
 * @param refusal why the entry is not sent, or null
 */
public record MappedEntry(Bitrix24Request request, PortalException refusal) {

    public boolean isRefused() {
        return refusal != null;
    }
}
