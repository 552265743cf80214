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

    public static RestDispatcher dispatcher(NotificationStore store, CallLog callLog, SandboxLimits limits,
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
