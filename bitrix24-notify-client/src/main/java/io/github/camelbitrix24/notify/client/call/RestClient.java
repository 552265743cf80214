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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the portal over HTTP as {@link PortalAuth} says: JSON request bodies, Bitrix24 error bodies turned into
 * {@link PortalException}s, and {@code batch} for many commands in one request. Every call, a batch too, goes through
 * one path that renews stale credentials and repeats the call once (twice when the first repeat carried credentials
 * taken as they were from a token store, which may have been stale already).
 * <p>
 * Only the portal's own error answer is a refusal. An answer that cannot be read (not Bitrix24's JSON, neither a result
 * nor an error, a batch answer without a command) is {@link ErrorCodes#INVALID_RESPONSE}; to a call that changes
 * something it is an unknown outcome ({@link PortalException#unreadableAnswer}), since the portal may have carried the
 * call out before its answer was spoilt.
 */
public final class RestClient implements Bitrix24Client {

    private static final Logger LOG = LoggerFactory.getLogger(RestClient.class);
    private static final String BATCH = "batch";
    private static final int SNIPPET = 200;
    /**
     * How often one call goes again after the portal refused its credentials as stale: once after the renewal, and once
     * more when the repeat carried a pair the renewal took from the token store instead of renewing (a pair someone
     * wrote there whose access token had expired already).
     */
    private static final int MAX_REPEATS = 2;

    private final PortalAuth auth;
    private final HttpTransport transport;
    private final ObjectMapper mapper;
    private final long requestTimeout;

    /**
     * An answer that cannot be read leaves the outcome unknown for a request that {@link RequestKind#changesSomething
     * changes something}, as its kind says; for a read it does not.
     */
    public RestClient(PortalAuth auth, HttpTransport transport, ObjectMapper mapper, long requestTimeout) {
        this.auth = auth;
        this.transport = transport;
        this.mapper = mapper;
        this.requestTimeout = requestTimeout;
    }

    /** The credentials this client calls with. */
    public PortalAuth auth() {
        return auth;
    }

    /** The HTTP client this client posts through. */
    public HttpTransport transport() {
        return transport;
    }

    /** How long this client waits for an answer, in milliseconds. */
    public long requestTimeout() {
        return requestTimeout;
    }

    @Override
    public CompletableFuture<Bitrix24Response> call(Bitrix24Request request) {
        return post(request.method(), request.params(), request.kind().changesSomething());
    }

    @Override
    public CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests) {
        return batchAnswer(requests).thenApply(BatchAnswer::entries);
    }

    /** A {@code batch} call, with the batch call's own {@code time}, which the limits use to date its arrival. */
    public CompletableFuture<BatchAnswer> batchAnswer(List<Bitrix24Request> requests) {
        if (requests.size() > MAX_BATCH_COMMANDS) {
            throw new IllegalArgumentException(
                    "A batch takes at most " + MAX_BATCH_COMMANDS + " commands, got " + requests.size());
        }
        Map<String, Object> commands = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            Bitrix24Request request = requests.get(i);
            commands.put(commandKey(i), request.method() + "?" + PhpQuery.encode(request.params()));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("halt", 0);
        params.put("cmd", commands);
        return post(BATCH, params, RequestKind.ofBatch(requests).changesSomething())
                .thenApply(response -> new BatchAnswer(entries(requests, response), response.time()));
    }

    /** Non-numeric keys, so that PHP answers with objects keyed like the commands, never with positional arrays. */
    private static String commandKey(int index) {
        return "n" + index;
    }

    private List<BatchEntry> entries(List<Bitrix24Request> requests, Bitrix24Response response) {
        // empty maps arrive as [] (PHP), so path() on them simply finds nothing
        JsonNode results = response.result().path("result");
        JsonNode errors = response.result().path("result_error");
        JsonNode times = response.result().path("result_time");
        List<BatchEntry> entries = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String key = commandKey(i);
            Bitrix24Request request = requests.get(i);
            String method = request.method();
            JsonNode error = errors.isObject() ? errors.get(key) : null;
            JsonNode result = results.isObject() ? results.get(key) : null;
            if (error != null && !error.isNull()) {
                entries.add(BatchEntry.failure(PortalException.answered(error.path("error").asText("ERROR"),
                        auth.scrub(error.path("error_description").asText(null)), response.httpStatus(), method)));
            } else if (result != null) {
                entries.add(BatchEntry.success(result, CallTime.of(times.isObject() ? times.get(key) : null)));
            } else {
                entries.add(BatchEntry.failure(unreadable(request.kind().changesSomething(),
                        "The batch answer has neither a result nor an error for this command", response.httpStatus(),
                        method)));
            }
        }
        return entries;
    }

    private CompletableFuture<Bitrix24Response> post(String method, Map<String, Object> params, boolean changesSomething) {
        return post(method, params, changesSomething, 0);
    }

    /**
     * Sends the call; when the portal refuses its credentials as stale (an expired OAuth token), lets the auth renew
     * them and repeats the call with the new ones: once, or once more when the auth says the repeat's credentials were
     * not fresh from a renewal ({@link PortalAuth#mayRenewAgainAfter}).
     *
     * @param repeats how many times this call went already after a refusal of its credentials
     */
    private CompletableFuture<Bitrix24Response> post(
            String method, Map<String, Object> params, boolean changesSomething,
            int repeats) {
        Map<String, Object> authorized = auth.authorize(params);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(authorized);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(PortalException.refused(method, ErrorCodes.PARAMS_ERROR,
                    "The parameters cannot be written as JSON: " + e.getOriginalMessage()));
        }
        LOG.debug("Calling {} through {} ({} bytes)", method, auth, body.length);
        CompletableFuture<Bitrix24Response> answer = transport.postJson(auth.methodUri(method), body, requestTimeout, method)
                .thenApply(result -> read(method, changesSomething, result));
        return repeats < MAX_REPEATS
                ? answer.exceptionallyCompose(failure -> repeatIfRenewed(method, params, changesSomething, authorized,
                        failure, repeats))
                : answer;
    }

    private CompletableFuture<Bitrix24Response> repeatIfRenewed(
            String method, Map<String, Object> params,
            boolean changesSomething, Map<String, Object> authorized,
            Throwable failure, int repeats) {
        if (!(Failures.cause(failure) instanceof PortalException refusal)) {
            return CompletableFuture.failedFuture(Failures.cause(failure));
        }
        if (repeats > 0 && !auth.mayRenewAgainAfter(authorized)) {
            // credentials fresh from a renewal, refused again: renewing once more would go round in a loop
            return CompletableFuture.failedFuture(refusal);
        }
        // a call that failed because its credentials could not be renewed says so for its own method
        return auth.renewAfter(refusal, authorized)
                .exceptionallyCompose(renewal -> CompletableFuture.failedFuture(Failures.unwrap(renewal).forMethod(method)))
                .thenCompose(renewed -> renewed
                        ? post(method, params, changesSomething, repeats + 1)
                        : CompletableFuture.failedFuture(refusal));
    }

    private Bitrix24Response read(String method, boolean changesSomething, HttpTransport.HttpResult http) {
        if (http.isRedirect()) {
            throw http.redirectRefused("The portal", method);
        }
        Envelope answer = Envelope.read(mapper, http.body());
        if (answer == null) {
            throw unreadable(changesSomething, "The portal did not answer with Bitrix24 JSON (content type "
                                               + http.contentType() + "): " + snippet(http.body()),
                    http.status(), method);
        }
        LOG.debug("{} answered HTTP {}", method, http.status());
        if (answer.error() != null) {
            throw PortalException.answered(answer.error(), auth.scrub(answer.errorDescription()), http.status(), method);
        }
        if (http.status() / 100 != 2 || answer.result() == null) {
            throw unreadable(changesSomething, "Unexpected answer without result: " + snippet(http.body()),
                    http.status(), method);
        }
        return new Bitrix24Response(answer.result(), answer.time().receivedAt(http.receivedNanos()), http.status());
    }

    /** An answer that cannot be read: of unknown outcome when the call may have changed something. */
    private static PortalException unreadable(boolean changesSomething, String description, int status, String method) {
        return changesSomething
                ? PortalException.unreadableAnswer(ErrorCodes.INVALID_RESPONSE, description, status, method)
                : PortalException.answered(ErrorCodes.INVALID_RESPONSE, description, status, method);
    }

    private String snippet(byte[] body) {
        if (body.length == 0) {
            return "an empty body";
        }
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        return auth.scrub(text.length() > SNIPPET ? text.substring(0, SNIPPET) + "..." : text);
    }
}
