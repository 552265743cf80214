package io.github.camelbitrix24.notify.sandbox;

/**
 * A button of a confirm-type notification; the user's choice comes back through {@code im.notify.confirm} as
 * {@code NOTIFY_VALUE}.
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
