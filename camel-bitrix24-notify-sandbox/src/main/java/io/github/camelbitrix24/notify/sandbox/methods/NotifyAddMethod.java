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
package io.github.camelbitrix24.notify.sandbox.methods;

import java.time.OffsetDateTime;
import java.util.List;

import io.github.camelbitrix24.notify.sandbox.SandboxLimits;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.encoding.PortalDates;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.params.AppTag;
import io.github.camelbitrix24.notify.sandbox.params.AttachValidator;
import io.github.camelbitrix24.notify.sandbox.params.MethodParams;
import io.github.camelbitrix24.notify.sandbox.params.PhpValues;
import io.github.camelbitrix24.notify.sandbox.store.NotificationDraft;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * {@code im.notify}, {@code im.notify.personal.add} and {@code im.notify.system.add}: store a notification for
 * {@code USER_ID} and return its id. A personal notification comes from the caller; a system one has no author.
 */
final class NotifyAddMethod implements RestMethod {

    /** Which notification type a method sends. */
    enum Variant {
        /** {@code im.notify}: {@code TYPE} chooses, {@code USER} unless it says {@code SYSTEM}. */
        BY_TYPE_PARAMETER,
        /** {@code im.notify.personal.add}. */
        PERSONAL,
        /** {@code im.notify.system.add}. */
        SYSTEM
    }

    private static final String MODULE = "rest";
    private static final String EVENT = "rest_notify";

    private final Variant variant;
    private final NotificationStore store;
    private final SandboxLimits limits;

    NotifyAddMethod(Variant variant, NotificationStore store, SandboxLimits limits) {
        this.variant = variant;
        this.store = store;
        this.limits = limits;
    }

    @Override
    public Object execute(CallContext call) {
        MethodParams params = call.params();
        long recipient = params.integer(params.isSet("TO") ? "TO" : "USER_ID");
        if (recipient <= 0) {
            throw RestError.badRequest("USER_ID_EMPTY", "User ID can't be empty");
        }
        boolean system = isSystem(params);
        String message = params.trimmedText("MESSAGE");
        if (message.isEmpty()) {
            throw RestError.badRequest("MESSAGE_EMPTY", "Message can't be empty");
        }
        Object attach = AttachValidator.validated(params.raw("ATTACH"), limits.attachMaxLength()).orElse(null);
        NotificationDraft draft = new NotificationDraft(
                recipient, system ? 0 : call.userId(),
                system ? StoredNotification.SYSTEM : StoredNotification.FROM_USER, MODULE, EVENT,
                appTag(call, "TAG"), appTag(call, "SUB_TAG"), "", message, params.trimmedText("MESSAGE_OUT"),
                attach, List.of(), OffsetDateTime.now(PortalDates.PORTAL_ZONE), false);
        return store.add(draft).id();
    }

    private boolean isSystem(MethodParams params) {
        return switch (variant) {
            case PERSONAL -> false;
            case SYSTEM -> true;
            case BY_TYPE_PARAMETER -> "SYSTEM".equals(params.text("TYPE"));
        };
    }

    /** Tags apply only for an identified application: an OAuth token's, or the one a webhook names with CLIENT_ID. */
    private static String appTag(CallContext call, String name) {
        String clientId = call.tagOwner();
        String tag = call.params().text(name);
        if (clientId.isEmpty() || PhpValues.empty(tag)) {
            return "";
        }
        return AppTag.scoped(clientId, tag);
    }
}
