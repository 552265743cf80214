package io.github.camelbitrix24.notify.sandbox.params;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Tags sent over REST belong to the sending application: the portal stores them as
 * {@code MP|<first 5 hex digits of md5(CLIENT_ID)>|<TAG>}, so applications never clash.
 */
public final class AppTag {

    private static final int APP_KEY_LENGTH = 5;

    private AppTag() {
    }

    public static String scoped(String clientId, String tag) {
        return "MP|" + appKey(clientId) + "|" + tag;
    }

    private static String appKey(String clientId) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(clientId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, APP_KEY_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides MD5", e);
        }
    }
}
