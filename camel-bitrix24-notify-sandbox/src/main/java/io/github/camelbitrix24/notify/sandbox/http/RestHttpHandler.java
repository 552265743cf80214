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
package io.github.camelbitrix24.notify.sandbox.http;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.camelbitrix24.notify.sandbox.ResponseLatency;
import io.github.camelbitrix24.notify.sandbox.SandboxLimits;
import io.github.camelbitrix24.notify.sandbox.calls.CallLog;
import io.github.camelbitrix24.notify.sandbox.calls.MethodOutcome;
import io.github.camelbitrix24.notify.sandbox.calls.RestDispatcher;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.errors.SystemErrors;
import io.github.camelbitrix24.notify.sandbox.oauth.OAuthApps;
import io.github.camelbitrix24.notify.sandbox.oauth.TokenOwner;

/**
 * The portal's REST entrance. A request takes its place in the call log, is authenticated (as the webhook's user, or
 * for an OAuth call {@code /rest/{method}} as the user and application of its {@code auth} access token), passes the
 * request-rate limit and any injected fault, and runs; every outcome is recorded and answered as JSON. The {@code auth}
 * token is never recorded. One handler serves one portal: an access token issued for another portal (another
 * {@code member_id}) is refused as one the portal never issued, 401 {@code invalid_token}.
 */
public final class RestHttpHandler implements HttpHandler {

    /** Calls refused before the caller is known (unreadable, unauthenticated) are recorded without one. */
    private static final long UNAUTHENTICATED = 0;
    /** The parameter that carries an OAuth access token. */
    private static final String AUTH = "auth";

    /** Who calls: the user, and for an OAuth call the application (null for a webhook). */
    private record Caller(long userId, String applicationId) {
    }

    private final RestDispatcher dispatcher;
    private final CallLog callLog;
    private final WebhookRegistry webhooks;
    private final OAuthApps oauthApps;
    private final SandboxLimits limits;
    private final FaultQueue faults;
    private final String memberId;

    public RestHttpHandler(RestDispatcher dispatcher, CallLog callLog, WebhookRegistry webhooks, OAuthApps oauthApps,
                           SandboxLimits limits, FaultQueue faults, String memberId) {
        this.memberId = memberId;
        this.dispatcher = dispatcher;
        this.callLog = callLog;
        this.webhooks = webhooks;
        this.oauthApps = oauthApps;
        this.limits = limits;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        handle(exchange, exchange.getRequestURI().getRawPath());
    }

    /**
     * Serves a request whose path within this portal is {@code path} ({@code /rest/...}): the part after the portal's
     * prefix when several portals share the server.
     */
    public void handle(HttpExchange exchange, String path) throws IOException {
        try {
            callLog.countHttpRequest();
            // read the whole body even when refusing, so the connection can serve the next request
            byte[] body = exchange.getRequestBody().readAllBytes();
            RestRoute route = RestRoute.parse(path);
            if (route.kind() == RestRoute.Kind.NOT_REST) {
                JsonResponses.send(exchange, 404, SystemErrors.methodNotFound().body());
                return;
            }
            long sequence = callLog.nextSequence();
            Map<String, Object> params;
            try {
                params = RequestParameters.parse(exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body);
            } catch (RestError unreadable) {
                refuse(exchange, sequence, route, Map.of(), UNAUTHENTICATED, unreadable);
                return;
            }
            serve(exchange, sequence, route, params);
        } finally {
            // without an answer sent, closing the exchange closes the connection
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange, long sequence, RestRoute route, Map<String, Object> params)
            throws IOException {
        Caller caller;
        try {
            caller = authenticate(route, params);
        } catch (RestError refused) {
            refuse(exchange, sequence, route, params, UNAUTHENTICATED, refused);
            return;
        }
        if (!limits.requestBucket().map(ArrivalBucket::tryAdd).orElse(true)) {
            refuse(exchange, sequence, route, params, caller.userId(), SystemErrors.queryLimitExceeded());
            return;
        }
        InjectedFault fault = faults.take(route.method()).orElse(null);
        if (fault instanceof InjectedFault.Failure failure) {
            refuse(exchange, sequence, route, params, caller.userId(),
                    new RestError(failure.httpStatus(), failure.errorCode(), failure.description()));
            return;
        }
        if (fault instanceof InjectedFault.Redirect redirect) {
            exchange.getResponseHeaders().set("Location", redirect.location());
            exchange.sendResponseHeaders(redirect.httpStatus(), -1);
            return;
        }
        MethodOutcome outcome = dispatcher.execute(sequence, route.method(), params, caller.userId(),
                caller.applicationId(), false);
        if (fault instanceof InjectedFault.RepeatedAnswer repeated) {
            outcome = repeated.answer(outcome);
        }
        if (fault instanceof InjectedFault.Delay delay) {
            pause(delay.delay());
        }
        Optional<ResponseLatency> latency = limits.latency();
        if (latency.isPresent()) {
            Duration working = latency.get().next(batchCommands(route, params));
            pause(working);
            outcome = workedFor(outcome, working);
        }
        if (fault instanceof InjectedFault.LostBatchEntry lost) {
            outcome = withoutBatchEntry(outcome, lost.position());
        }
        if (fault instanceof InjectedFault.Unreadable unreadable) {
            UnreadableAnswers.send(exchange, outcome, unreadable.answer(), "batch".equalsIgnoreCase(route.method()));
        } else if (!(fault instanceof InjectedFault.DroppedResponse)) {
            answer(exchange, outcome);
        }
    }

    /**
     * The caller, or the portal's refusal. An OAuth call's {@code auth} is taken out of the parameters, so that the
     * token is neither recorded nor seen by the method.
     */
    private Caller authenticate(RestRoute route, Map<String, Object> params) {
        if (route.kind() == RestRoute.Kind.OAUTH) {
            Object token = params.remove(AUTH);
            TokenOwner owner = oauthApps.authenticate(token instanceof String text ? text : null);
            if (!owner.memberId().equals(memberId)) {
                // another portal's token: this portal never issued it
                throw OAuthApps.invalidToken();
            }
            return new Caller(owner.userId(), owner.clientId());
        }
        if (!webhooks.accepts(route.userId(), route.code())) {
            throw SystemErrors.invalidCredentials();
        }
        return new Caller(route.userId(), null);
    }

    private void refuse(
            HttpExchange exchange, long sequence, RestRoute route, Map<String, Object> params,
            long caller, RestError error)
            throws IOException {
        answer(exchange, dispatcher.reject(sequence, route.method(), params, caller, false, error));
    }

    private static void answer(HttpExchange exchange, MethodOutcome outcome) throws IOException {
        JsonResponses.send(exchange, outcome.httpStatus(), outcome.body());
    }

    /** The batch answer without the command at this position, in its results and its times. */
    @SuppressWarnings("unchecked")
    private static MethodOutcome withoutBatchEntry(MethodOutcome outcome, int position) {
        if (!(outcome.result() instanceof Map<?, ?> answer) || !(answer.get("result") instanceof Map<?, ?> results)) {
            return outcome;
        }
        Object key = results.keySet().stream().skip(position).findFirst().orElse(null);
        Map<String, Object> trimmed = new LinkedHashMap<>((Map<String, Object>) answer);
        for (String member : List.of("result", "result_time")) {
            if (trimmed.get(member) instanceof Map<?, ?> entries) {
                Map<Object, Object> copy = new LinkedHashMap<>(entries);
                copy.remove(key);
                trimmed.put(member, copy);
            }
        }
        return MethodOutcome.success(trimmed, outcome.time());
    }

    /**
     * The outcome with the latency counted as the portal's work, as a real portal's {@code time} object counts it:
     * {@code finish}, {@code duration} and {@code processing} later by that much.
     */
    private static MethodOutcome workedFor(MethodOutcome outcome, Duration working) {
        if (!outcome.succeeded() || outcome.time() == null) {
            return outcome;
        }
        BigDecimal extra = BigDecimal.valueOf(working.toNanos() / 1000, 6);
        Map<String, Object> time = new LinkedHashMap<>(outcome.time());
        for (String member : List.of("finish", "duration", "processing")) {
            if (time.get(member) instanceof BigDecimal value) {
                time.put(member, value.add(extra));
            }
        }
        return MethodOutcome.success(outcome.result(), time);
    }

    /** How many commands a batch request carries; 0 for any other request. */
    private static int batchCommands(RestRoute route, Map<String, Object> params) {
        if (!"batch".equalsIgnoreCase(route.method())) {
            return 0;
        }
        Object commands = params.get("cmd");
        return commands instanceof Map<?, ?> keyed ? keyed.size() : commands instanceof List<?> listed ? listed.size() : 0;
    }

    private static void pause(Duration time) {
        try {
            Thread.sleep(time.toMillis(), time.toNanosPart() % 1_000_000);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
