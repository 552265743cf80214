package io.github.camelbitrix24.notify.sandbox.calls;

import io.github.camelbitrix24.notify.sandbox.params.MethodParams;

/**
 * What a method knows about its call: who calls (the webhook's user, or the user an OAuth token acts as), for which
 * application (the OAuth token's; null for a webhook) and with which parameters.
 */
public record CallContext(long userId, String applicationId, MethodParams params) {

    /**
     * The application that tags belong to: the OAuth token's, or the one a webhook call names with CLIENT_ID; empty
     * when there is none.
     */
    public String tagOwner() {
        return applicationId != null ? applicationId : params.trimmedText("CLIENT_ID");
    }
}
