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

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where secrets may be sent: over https, or over plain http to this machine only (the sandbox). A host is this machine
 * when it is {@code localhost} or a loopback address literal; a name that merely starts like one
 * ({@code 127.example.com}) is not, as DNS could send it anywhere.
 */
public final class UrlPolicy {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private UrlPolicy() {
    }

    /** Whether secrets may go to this URL: https, or http to a loopback host. */
    public static boolean allowsSecrets(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost());
    }

    /**
     * Scheme, host and port of a URL, in lower case and without the scheme's default port: what identifies a portal
     * (its request limit is one for every webhook and application calling it), and what error messages may show.
     */
    public static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** Whether the host is this machine: {@code localhost}, {@code 127.x.y.z} or {@code [::1]}. */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || IPV4_LOOPBACK.matcher(name).matches() || name.equals("[::1]")
                || name.equals("::1");
    }
}
