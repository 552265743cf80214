package io.github.camelbitrix24.notify.sandbox;

/**
 * A button of a confirm-type {@link StoredNotification}, as the portal stores it: seeded with
 * {@link NotificationSeed#button}, shown by {@code im.notify.get} as a keyboard, and pressed through
 * {@code im.notify.confirm}, whose {@code NOTIFY_VALUE} is the button's value.
 *
 * @param title the caption shown to the user
 * @param value the value sent when the button is pressed
 */
public record StoredButton(String title, String value) {

    /** The portal's own buttons when a confirm notification is created without any. */
    public static final StoredButton ACCEPT = new StoredButton("Accept", "Y");
    public static final StoredButton DECLINE = new StoredButton("Decline", "N");

    /** The portal paints accepting buttons green and the others red; {@code Y} is the accepting value. */
    public boolean accepts() {
        return "Y".equals(value);
    }
}
