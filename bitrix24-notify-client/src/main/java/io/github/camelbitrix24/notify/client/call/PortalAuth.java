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
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * How calls reach one portal as one user: where a method is called and which credentials go with it. The client asks
 * it; it never logs or shows its secrets.
 */
public interface PortalAuth {

    /** The URL of a REST method. */
    URI methodUri(String method);

    /** The parameters to send, with the credentials this auth adds to them (none for a webhook). */
    default Map<String, Object> authorize(Map<String, Object> params) {
        return params;
    }

    /**
     * Called when the portal refused a call made with these {@link #authorize authorized} parameters. Completes with
     * true when the credentials they carried have been renewed (by this call or a concurrent one) and the call is worth
     * repeating once; with false when the refusal is not about stale credentials; exceptionally when renewing failed. A
     * webhook's code never goes stale: false.
     */
    default CompletableFuture<Boolean> renewAfter(PortalException refusal, Map<String, Object> authorized) {
        return CompletableFuture.completedFuture(false);
    }

    /**
     * Called when a call repeated after {@link #renewAfter} was refused in turn, with the parameters the repeat
     * carried: whether they are worth one more renewal, because their credentials did not come fresh from a renewal (a
     * pair taken as it was from a token store, whose access token may have expired before anyone used it). Credentials
     * a renewal has just issued, refused again, are not renewed again: the call fails instead of going round in a loop.
     * A webhook's code never goes stale: false.
     */
    default boolean mayRenewAgainAfter(Map<String, Object> authorized) {
        return false;
    }

    /**
     * Whether calls must name the application with CLIENT_ID for TAG and SUB_TAG to apply (and to delete by tag): true
     * for a webhook, which has no application of its own; an OAuth token already carries its application.
     */
    default boolean needsClientId() {
        return true;
    }

    /** Identifies the portal, so that everything calling it can share its limits; holds no secret. */
    String portalKey();

    /** The text with every secret of this auth masked: for error messages that may quote a URL or a body. */
    String scrub(String text);

    /** A description safe for logs, e.g. the webhook with its code masked. */
    @Override
    String toString();
}
