package io.github.camelbitrix24.notify.client.config;

/** How secrets (the webhook code, tokens, the client secret) are hidden in every text the client produces. */
public final class Secrets {

    /** What stands in a text where a secret was. */
    public static final String MASK = "xxxxxx";

    private Secrets() {
    }

    /** The text with every occurrence of each secret replaced by {@link #MASK}; null stays null. */
    public static String mask(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }
}
