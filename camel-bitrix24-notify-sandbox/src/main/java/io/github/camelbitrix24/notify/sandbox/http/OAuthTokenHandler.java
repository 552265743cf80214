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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.errors.SystemErrors;
import io.github.camelbitrix24.notify.sandbox.oauth.IssuedPair;
import io.github.camelbitrix24.notify.sandbox.oauth.OAuthApps;
import io.github.camelbitrix24.notify.sandbox.oauth.RenewalFaults;

/**
 * The OAuth server's token endpoint, {@code /oauth/token/}: renews a pair with {@code grant_type=refresh_token},
 * {@code client_id}, {@code client_secret} and {@code refresh_token}, or gives the first pair for
 * {@code grant_type=authorization_code} and the {@code code} of an authorization, sent as a query string (GET, as the
 * docs show) or a form body (POST, which keeps the secrets out of URLs), and answers with the fields oauth.bitrix.info
 * answers with. Errors are {@code {"error", "error_description"}}: {@code invalid_request}, {@code invalid_client}
 * (401), {@code invalid_grant} (400). A fault injected with {@link RenewalFaults} answers a request before it is read,
 * as a proxy in front of the server would.
 * <p>
 * One server serves every portal, as oauth.bitrix.info does: an answer carries the {@code member_id} and the current
 * {@code client_endpoint} of the portal the pair belongs to (a renamed portal's new address), while {@code domain} and
 * {@code server_endpoint} are the authorization server's own, the same for all portals.
 */
public final class OAuthTokenHandler implements HttpHandler {

    /** Where the endpoint is served. */
    public static final String PATH = "/oauth/token/";

    private final OAuthApps apps;
    private final Function<String, String> clientEndpoints;

    /**
     * @param clientEndpoints the current REST address ({@code client_endpoint}) of the portal with that
     *                        {@code member_id}
     */
    public OAuthTokenHandler(OAuthApps apps, Function<String, String> clientEndpoints) {
        this.apps = apps;
        this.clientEndpoints = clientEndpoints;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            if (!PATH.equals(path) && !PATH.equals(path + "/")) {
                JsonResponses.send(exchange, 404, SystemErrors.methodNotFound().body());
                return;
            }
            Optional<RenewalFaults.Answer> fault = apps.arrive();
            if (fault.isPresent()) {
                sendAsIs(exchange, fault.get());
                return;
            }
            try {
                Map<String, Object> params = RequestParameters.parse(exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body);
                String grant = text(params.get("grant_type"));
                IssuedPair pair;
                if ("refresh_token".equals(grant)) {
                    pair = apps.renew(text(params.get("client_id")), text(params.get("client_secret")),
                            text(params.get("refresh_token")));
                } else if ("authorization_code".equals(grant)) {
                    pair = apps.exchange(text(params.get("client_id")), text(params.get("client_secret")),
                            text(params.get("code")));
                } else {
                    throw new RestError(400, "invalid_request", "grant_type must be refresh_token or authorization_code");
                }
                JsonResponses.send(exchange, 200, answer(pair, serverUrl(exchange)));
            } catch (RestError refused) {
                JsonResponses.send(exchange, refused.httpStatus(), refused.body());
            }
        } finally {
            exchange.close();
        }
    }

    private static void sendAsIs(HttpExchange exchange, RenewalFaults.Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.httpStatus(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Map<String, Object> answer(IssuedPair pair, String serverUrl) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", pair.accessToken());
        answer.put("client_endpoint", clientEndpoints.apply(pair.owner().memberId()));
        answer.put("domain", serverUrl.substring(serverUrl.indexOf("//") + 2));
        answer.put("expires", pair.expiresAt().getEpochSecond());
        answer.put("expires_in", pair.lifetime().toSeconds());
        answer.put("member_id", pair.owner().memberId());
        answer.put("refresh_token", pair.refreshToken());
        answer.put("scope", "im");
        answer.put("server_endpoint", serverUrl + "/rest/");
        answer.put("status", "L");
        answer.put("user_id", pair.owner().userId());
        return answer;
    }

    private static String serverUrl(HttpExchange exchange) {
        return "http://" + LoopbackHttpServer.LOOPBACK + ":" + exchange.getLocalAddress().getPort();
    }

    private static String text(Object value) {
        return value instanceof String || value instanceof Number ? value.toString() : null;
    }
}
