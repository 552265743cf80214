package io.github.camelbitrix24.notify.model;

/**
 * The TYPE of a notification sent with the {@code notify} operation (im.notify). The portal sends a personal
 * notification for any TYPE but exactly {@code SYSTEM}, so the component takes these names in any case and refuses
 * every other value before the call.
 */
public enum NotifyType {
    /** A personal notification, from the user of the webhook or of the OAuth token: the portal's default. */
    USER,
    /** A system notification, without an author. */
    SYSTEM
}
