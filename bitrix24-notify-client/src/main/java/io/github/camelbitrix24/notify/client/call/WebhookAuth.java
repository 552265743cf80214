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
package io.github.camelbitrix24.notify.client.call;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelbitrix24.notify.client.config.Secrets;

/**
 * An incoming webhook, {@code https://portal/rest/{userId}/{code}/}: the secret code in the URL is the credential, so
 * methods are called below it and nothing is added to the parameters. Its {@code toString} is the URL with the code
 * masked: safe for logs and messages.
 */
public final class WebhookAuth implements PortalAuth {

    private static final Pattern SHAPE = Pattern.compile("^(https?://[^/?#]+(?:/[^?#]*)?/rest/)(\\d+)/([^/?#]+)/?$");
    private final String base;
    private final String portalKey;
    private final String masked;
    private final String code;
    private final Map<String, URI> methodUris = new ConcurrentHashMap<>();

    private WebhookAuth(String base, String portalKey, String masked, String code) {
        this.base = base;
        this.portalKey = portalKey;
        this.masked = masked;
        this.code = code;
    }

    /**
     * Checks the webhook URL: its shape, and https unless the host is loopback (the sandbox).
     *
     * @throws IllegalArgumentException with a message that never contains the code
     */
    public static WebhookAuth parse(String webhookUrl) {
        if (webhookUrl == null || webhookUrl.isBlank()) {
            throw new IllegalArgumentException(
                    "webhookUrl is not set: give the portal's incoming webhook, "
                                               + "e.g. https://portal.bitrix24.com/rest/1/abc123xyz/");
        }
        Matcher matcher = SHAPE.matcher(webhookUrl.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "webhookUrl does not look like an incoming webhook "
                                               + "https://<portal>/rest/<user id>/<code>/ (value not shown: it holds a secret)");
        }
        String prefix = matcher.group(1);
        String base = prefix + matcher.group(2) + "/" + matcher.group(3) + "/";
        URI uri = toUri(base);
        String masked = prefix + matcher.group(2) + "/" + Secrets.MASK + "/";
        if (!UrlPolicy.allowsSecrets(uri)) {
            throw new IllegalArgumentException(
                    "webhookUrl must use https:// (plain http:// is accepted for loopback hosts only): "
                                               + masked);
        }
        // a portal served under a path (many portals behind one host, as in the sandbox) is a portal of its own
        String path = uri.getRawPath().substring(0, uri.getRawPath().lastIndexOf("/rest/"));
        return new WebhookAuth(base, UrlPolicy.origin(uri) + path, masked, matcher.group(3));
    }

    /** The URL of a method, e.g. .../rest/1/code/im.notify.get; parsed once per method, not per call. */
    @Override
    public URI methodUri(String method) {
        return methodUris.computeIfAbsent(method, name -> toUri(base + name));
    }

    /**
     * The portal, its origin and the path it is served under (none for a portal on a host of its own): every webhook
     * and token of one portal shares its request limit.
     */
    @Override
    public String portalKey() {
        return portalKey;
    }

    /** Removes the secret code from any text that might quote the URL (a proxy's error page, an exception). */
    @Override
    public String scrub(String text) {
        return Secrets.mask(text, code);
    }

    private static URI toUri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("webhookUrl is not a valid URL (value not shown: it holds a secret)");
        }
    }

    /** Two parsings of the same webhook are the same credentials: their calls may share a batch. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookAuth webhook && webhook.base.equals(base);
    }

    @Override
    public int hashCode() {
        return base.hashCode();
    }

    @Override
    public String toString() {
        return masked;
    }
}
