package io.github.camelbitrix24.notify;

/**
 * What became of one notification of a list body: its new id, or the error that stopped it.
 *
 * @param id    the id of the new notification, or null when it failed
 * @param error why it was not sent, located at its index in the list; null when it was
 */
public record SendOutcome(Object id, Bitrix24NotifyException error) {

    public boolean isSent() {
        return error == null;
    }
}
