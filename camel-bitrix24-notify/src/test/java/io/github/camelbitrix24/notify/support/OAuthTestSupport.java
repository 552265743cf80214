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
package io.github.camelbitrix24.notify.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;

/**
 * The component configured as an OAuth application of the sandbox portal, with a token pair issued for this test (user
 * 1).
 */
public abstract class OAuthTestSupport extends SandboxTestSupport {

    protected static final String CLIENT_ID = "local.camel-test.app";
    protected static final String CLIENT_SECRET = "c1i3nt-s3cr3t-0f-th3-app";
    protected static final long USER_ID = 1;

    private SandboxTokens tokens;

    /** The pair issued for this test and configured on the component. */
    protected SandboxTokens tokens() {
        return tokens;
    }

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        sandbox().oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
        tokens = sandbox().oauth().issueTokens(CLIENT_ID, USER_ID);
        useOAuth(component.getConfiguration(), tokens);
    }

    /** Points the settings at the sandbox as its OAuth application, with this pair. */
    protected void useOAuth(Bitrix24NotifyConfiguration settings, SandboxTokens pair) {
        settings.setPortalUrl(sandbox().portalUrl());
        settings.setOauthUrl(sandbox().oauthUrl());
        settings.setClientId(CLIENT_ID);
        settings.setClientSecret(CLIENT_SECRET);
        settings.setAccessToken(pair.accessToken());
        settings.setRefreshToken(pair.refreshToken());
    }

    /**
     * Renews the pair behind the component's back, as another copy of the application would: the refresh token dies.
     */
    protected void useUpRefreshToken(String refreshToken) {
        String form = "grant_type=refresh_token&client_id=" + encode(CLIENT_ID) + "&client_secret=" + encode(CLIENT_SECRET)
                      + "&refresh_token=" + encode(refreshToken);
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox().oauthUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The sandbox refused the renewal: HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
