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

import io.github.camelbitrix24.notify.sandbox.SandboxLimits;
import io.github.camelbitrix24.notify.sandbox.calls.CallLog;
import io.github.camelbitrix24.notify.sandbox.calls.OperatingLedger;
import io.github.camelbitrix24.notify.sandbox.calls.RestDispatcher;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * The methods the sandbox portal offers: the twelve {@code im.notify.*} methods and {@code batch}.
 */
public final class PortalMethods {

    private PortalMethods() {
    }

    public static RestDispatcher dispatcher(
            NotificationStore store, CallLog callLog, SandboxLimits limits,
            OperatingLedger operatingLedger) {
        RestDispatcher dispatcher = new RestDispatcher(callLog, limits, operatingLedger);
        return dispatcher
                .register("im.notify", new NotifyAddMethod(NotifyAddMethod.Variant.BY_TYPE_PARAMETER, store, limits))
                .register("im.notify.personal.add", new NotifyAddMethod(NotifyAddMethod.Variant.PERSONAL, store, limits))
                .register("im.notify.system.add", new NotifyAddMethod(NotifyAddMethod.Variant.SYSTEM, store, limits))
                .register("im.notify.get", new NotifyGetMethod(store))
                .register("im.notify.history.search", new NotifyHistorySearchMethod(store))
                .register("im.notify.schema.get", new NotifySchemaGetMethod())
                .register("im.notify.read", new NotifyReadMethod(store))
                .register("im.notify.read.list", new NotifyReadListMethod(store))
                .register("im.notify.read.all", new NotifyReadAllMethod(store))
                .register("im.notify.answer", new NotifyAnswerMethod(store))
                .register("im.notify.confirm", new NotifyConfirmMethod(store))
                .register("im.notify.delete", new NotifyDeleteMethod(store))
                .register(BatchMethod.NAME, new BatchMethod(dispatcher));
    }
}
