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
