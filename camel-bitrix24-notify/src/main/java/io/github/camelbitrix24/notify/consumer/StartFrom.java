package io.github.camelbitrix24.notify.consumer;

/** Where a consumer without saved state starts. */
public enum StartFrom {
    /** Only notifications newer than the consumer's first poll. */
    NOW,
    /** The notifications still unread at the first poll, oldest first, then every new one. */
    UNREAD,
    /** The whole history the portal still keeps (it deletes notifications after 60 days), oldest first. */
    ALL
}
