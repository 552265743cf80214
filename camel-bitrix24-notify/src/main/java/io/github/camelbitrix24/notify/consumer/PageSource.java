package io.github.camelbitrix24.notify.consumer;

import io.github.camelbitrix24.notify.model.NotificationPage;

/**
 * One im.notify.get page: the first page without a cursor, or the page after LAST_ID / LAST_TYPE. Fails with a
 * {@code Bitrix24NotifyException}.
 */
@FunctionalInterface
public interface PageSource {

    NotificationPage fetch(Long lastId, Integer lastType);
}
