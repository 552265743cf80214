package io.github.camelbitrix24.notify.sandbox.http;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.github.camelbitrix24.notify.sandbox.SandboxLimits;
import io.github.camelbitrix24.notify.sandbox.methods.CallLog;
import io.github.camelbitrix24.notify.sandbox.methods.MethodOutcome;
import io.github.camelbitrix24.notify.sandbox.methods.RestDispatcher;
import io.github.camelbitrix24.notify.sandbox.methods.RestError;
import io.github.camelbitrix24.notify.sandbox.methods.SystemErrors;

/**
 * The portal's REST entrance. A request takes its place in the call log, is authenticated as the webhook's user,
 * passes the request-rate limit and any injected fault, and runs; every outcome is recorded and answered as
 * JSON. OAuth calls ({@code /rest/{method}?auth=...}) are not supported yet and are refused as unauthorised.
 */
public final class RestHttpHandler implements HttpHandler {

    /** Calls refused before the caller is known (unreadable, unauthenticated) are recorded without one. */
    private static final long UNAUTHENTICATED = 0;

    private final RestDispatcher dispatcher;
    private final CallLog callLog;
    private final WebhookRegistry webhooks;
    private final SandboxLimits limits;
    private final FaultQueue faults;

    public RestHttpHandler(RestDispatcher dispatcher, CallLog callLog, WebhookRegistry webhooks, SandboxLimits limits,
            FaultQueue faults) {
        this.dispatcher = dispatcher;
        this.callLog = callLog;
        this.webhooks = webhooks;
        this.limits = limits;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            callLog.countHttpRequest();
            // read the whole body even when refusing, so the connection can serve the next request
            byte[] body = exchange.getRequestBody().readAllBytes();
            RestRoute route = RestRoute.parse(exchange.getRequestURI().getRawPath());
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
        Optional<RestError> authenticationFailure = authenticationFailure(route);
        if (authenticationFailure.isPresent()) {
            refuse(exchange, sequence, route, params, UNAUTHENTICATED, authenticationFailure.get());
            return;
        }
        if (!limits.requestBucket().map(LeakyBucket::tryAdd).orElse(true)) {
            refuse(exchange, sequence, route, params, route.userId(), SystemErrors.queryLimitExceeded());
            return;
        }
        InjectedFault fault = faults.take(route.method()).orElse(null);
        if (fault instanceof InjectedFault.Failure failure) {
            refuse(exchange, sequence, route, params, route.userId(),
                    new RestError(failure.httpStatus(), failure.errorCode(), failure.description()));
            return;
        }
        MethodOutcome outcome = dispatcher.execute(sequence, route.method(), params, route.userId(), false);
        if (fault instanceof InjectedFault.Delay delay) {
            pause(delay);
        }
        if (!(fault instanceof InjectedFault.DroppedResponse)) {
            answer(exchange, outcome);
        }
    }

    private Optional<RestError> authenticationFailure(RestRoute route) {
        if (route.kind() == RestRoute.Kind.OAUTH) {
            return Optional.of(SystemErrors.noAuthFound());
        }
        if (!webhooks.accepts(route.userId(), route.code())) {
            return Optional.of(SystemErrors.invalidCredentials());
        }
        return Optional.empty();
    }

    private void refuse(HttpExchange exchange, long sequence, RestRoute route, Map<String, Object> params,
            long caller, RestError error) throws IOException {
        answer(exchange, dispatcher.reject(sequence, route.method(), params, caller, false, error));
    }

    private static void answer(HttpExchange exchange, MethodOutcome outcome) throws IOException {
        JsonResponses.send(exchange, outcome.httpStatus(), outcome.body());
    }

    private static void pause(InjectedFault.Delay delay) {
        try {
            Thread.sleep(delay.delay().toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
