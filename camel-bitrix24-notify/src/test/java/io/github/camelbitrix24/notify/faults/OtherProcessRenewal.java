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
package io.github.camelbitrix24.notify.faults;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitrix24.notify.client.config.FileTokenStore;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;

/**
 * Another process of the same application, sharing its token file, run in a JVM of its own by
 * {@link TokenFileFaultsTest}: it takes the file's renewal lock ({@code <file>.lock}), reads the refresh token, says
 * {@value #LOCKED} and waits for a line on its input; then renews the pair at the OAuth server, saves the new one, lets
 * the lock go and says {@value #RENEWED} (or {@value #REFUSED} and the server's answer).
 * <p>
 * Arguments: the token file, the token endpoint, the client id, the client secret.
 */
public final class OtherProcessRenewal {

    static final String LOCKED = "LOCKED";
    static final String RENEWED = "RENEWED";
    static final String REFUSED = "REFUSED";

    private OtherProcessRenewal() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        ObjectMapper json = new ObjectMapper();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            String refreshToken = json.readTree(Files.readAllBytes(file)).get("refresh_token").asText();
            System.out.println(LOCKED);
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();

            String form = "grant_type=refresh_token&client_id=" + encode(args[2]) + "&client_secret=" + encode(args[3])
                          + "&refresh_token=" + encode(refreshToken);
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(args[1]))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode pair = json.readTree(answer.body());
            if (answer.statusCode() != 200) {
                System.out.println(REFUSED + " " + answer.statusCode() + " " + pair.path("error").asText());
                return;
            }
            new FileTokenStore(file).save(new OAuthTokens(
                    pair.get("access_token").asText(),
                    pair.get("refresh_token").asText(), Instant.ofEpochSecond(pair.get("expires").asLong())));
        }
        System.out.println(RENEWED);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
