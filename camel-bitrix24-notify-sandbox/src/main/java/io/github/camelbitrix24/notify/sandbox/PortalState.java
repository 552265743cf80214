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
package io.github.camelbitrix24.notify.sandbox;

import io.github.camelbitrix24.notify.sandbox.calls.CallLog;
import io.github.camelbitrix24.notify.sandbox.calls.OperatingLedger;
import io.github.camelbitrix24.notify.sandbox.calls.RestDispatcher;
import io.github.camelbitrix24.notify.sandbox.http.FaultQueue;
import io.github.camelbitrix24.notify.sandbox.http.RestHttpHandler;
import io.github.camelbitrix24.notify.sandbox.http.WebhookRegistry;
import io.github.camelbitrix24.notify.sandbox.methods.PortalMethods;
import io.github.camelbitrix24.notify.sandbox.oauth.OAuthApps;
import io.github.camelbitrix24.notify.sandbox.store.NotificationStore;

/**
 * What one portal keeps while it serves: its notifications, calls, webhooks, limits, operating time, faults and its
 * REST entrance. A portal makes it on first use (its first request, or a test reading or changing any of it), so an
 * installed portal nobody calls costs only its name, {@code member_id} and installations.
 */
final class PortalState {

    final NotificationStore store = new NotificationStore();
    final CallLog callLog = new CallLog();
    final WebhookRegistry webhooks = new WebhookRegistry();
    final SandboxLimits limits = new SandboxLimits();
    final OperatingLedger operatingLedger = new OperatingLedger();
    final FaultQueue faultQueue = new FaultQueue();
    final SandboxFaults faults = new SandboxFaults(faultQueue);
    final RestHttpHandler handler;

    PortalState(OAuthApps oauthApps, String memberId) {
        webhooks.codeOf(Bitrix24Sandbox.DEFAULT_USER_ID);
        RestDispatcher dispatcher = PortalMethods.dispatcher(store, callLog, limits, operatingLedger);
        handler = new RestHttpHandler(dispatcher, callLog, webhooks, oauthApps, limits, faultQueue, memberId);
    }

    /** Forgets notifications, calls, unused faults and operating time; webhooks and limits stay. */
    void reset() {
        store.clear();
        callLog.clear();
        faultQueue.clear();
        operatingLedger.clear();
    }
}
