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

import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.params.AppTag;
import io.github.camelbitrix24.notify.sandbox.params.MethodParams;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * {@code im.notify.delete}: deletes the caller's notification {@code ID}, or, for the calling application (the OAuth
 * token's, or the one a webhook names with {@code CLIENT_ID}), every notification with that {@code TAG} or
 * {@code SUB_TAG} (of every user, as on the portal). The result is {@code true} when something was deleted by id or
 * sub-tag, and always {@code true} by tag.
 */
final class NotifyDeleteMethod implements RestMethod {

    private final NotificationStore store;

    NotifyDeleteMethod(NotificationStore store) {
        this.store = store;
    }

    @Override
    public Object execute(CallContext call) {
        MethodParams params = call.params();
        if (params.isSet("ID")) {
            return store.deleteOwned(call.userId(), params.integer("ID"));
        }
        boolean byTag = !params.isEmpty("TAG");
        if (!byTag && params.isEmpty("SUB_TAG")) {
            throw RestError.badRequest("PARAMS_ERROR", "Incorrect params");
        }
        String clientId = call.tagOwner();
        if (clientId.isEmpty()) {
            throw new RestError(403, "ACCESS_DENIED", "Access denied! Client ID not specified");
        }
        if (byTag) {
            String tag = AppTag.scoped(clientId, params.text("TAG"));
            store.deleteWhere(n -> n.tag().equals(tag));
            return true;
        }
        String subTag = AppTag.scoped(clientId, params.text("SUB_TAG"));
        return store.deleteWhere(n -> n.subTag().equals(subTag)) > 0;
    }
}
