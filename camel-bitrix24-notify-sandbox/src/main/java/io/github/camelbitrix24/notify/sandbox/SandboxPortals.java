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

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

import io.github.camelbitrix24.notify.sandbox.http.LoopbackHttpServer;
import io.github.camelbitrix24.notify.sandbox.oauth.OAuthApps;

/**
 * The portals of one sandbox, all on its one HTTP server and its one OAuth server: the default portal at the root, and
 * any number of portals added by name, each below {@code http://127.0.0.1:<port>/<name>/}. A path prefix rather than a
 * host name per portal: any client reaches it with no DNS entry, no {@code Host} header (which {@code java.net.http}
 * does not let a caller set) and no proxy, and the sandbox still answers a renamed portal's old address.
 *
 * <pre>{@code
 * SandboxPortal acme = sandbox.portals().add("acme");   // http://127.0.0.1:<port>/acme/rest/
 * SandboxPortal globex = sandbox.portals().add("globex");
 * acme.limits().requestRate(2, 50);                     // globex stays unlimited
 * sandbox.portals().byMemberId(acme.memberId());        // acme
 * }</pre>
 *
 * Thread-safe.
 */
public final class SandboxPortals {

    /** The default portal's {@code member_id}. */
    public static final String DEFAULT_MEMBER_ID = "5a4e5c0b0c5d4e6f8a9b0c1d2e3f4a5b";
    /** What a portal's name may be: lower-case letters, digits and inner hyphens, as a host name's label. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    /** Paths the sandbox serves at the root, never a portal's name. */
    private static final Set<String> RESERVED = Set.of("rest", "oauth");
    private static final int SECRET_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final OAuthApps oauthApps;
    private final IntSupplier port;
    private final EventPoster poster = new EventPoster();
    private final SandboxPortal defaultPortal;
    private final Map<String, SandboxPortal> byName = new ConcurrentHashMap<>();
    private final Map<String, SandboxPortal> byFormerName = new ConcurrentHashMap<>();
    private final Map<String, SandboxPortal> byMemberId = new ConcurrentHashMap<>();

    SandboxPortals(OAuthApps oauthApps, IntSupplier port) {
        this.oauthApps = oauthApps;
        this.port = port;
        this.defaultPortal = new SandboxPortal(this, "", DEFAULT_MEMBER_ID);
        byMemberId.put(DEFAULT_MEMBER_ID, defaultPortal);
    }

    /**
     * Adds a portal with a new random {@code member_id}, serving at {@code http://127.0.0.1:<port>/<name>/rest/}. It
     * costs a few hundred bytes until first used.
     *
     * @throws IllegalArgumentException when the name is not a portal name ({@link #NAME}), is {@code rest} or
     *                                  {@code oauth}, or is taken (a renamed portal's former names stay taken)
     */
    public synchronized SandboxPortal add(String name) {
        requireFree(name);
        String memberId = newSecret();
        SandboxPortal portal = new SandboxPortal(this, name, memberId);
        byName.put(name, portal);
        byMemberId.put(memberId, portal);
        return portal;
    }

    /** The portal at the root: the one {@link Bitrix24Sandbox}'s own accessors act on. */
    public SandboxPortal defaultPortal() {
        return defaultPortal;
    }

    /** The portal with that current name; empty for a former name or an unknown one. */
    public Optional<SandboxPortal> named(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** The portal with that {@code member_id}, the default portal included. */
    public Optional<SandboxPortal> byMemberId(String memberId) {
        return Optional.ofNullable(memberId == null ? null : byMemberId.get(memberId));
    }

    /** Every portal, the default one first, then the added ones in no particular order. */
    public List<SandboxPortal> all() {
        List<SandboxPortal> all = new ArrayList<>(byName.size() + 1);
        all.add(defaultPortal);
        all.addAll(byName.values());
        return all;
    }

    /** How many portals the sandbox has, the default one included. */
    public int size() {
        return byName.size() + 1;
    }

    synchronized void rename(SandboxPortal portal, String newName) {
        if (portal.isDefault()) {
            throw new IllegalStateException("The default portal serves at the root and has no name to change");
        }
        requireFree(newName);
        String oldName = portal.name();
        // in this order a request never finds the portal under neither name: the old one serves until it redirects
        byName.put(newName, portal);
        portal.renamed(newName);
        byFormerName.put(oldName, portal);
        byName.remove(oldName);
    }

    /** The portal a renamed portal's old name leads to. */
    Optional<SandboxPortal> formerlyNamed(String name) {
        return Optional.ofNullable(byFormerName.get(name));
    }

    void reset() {
        all().forEach(SandboxPortal::reset);
    }

    OAuthApps oauthApps() {
        return oauthApps;
    }

    EventPoster poster() {
        return poster;
    }

    /** {@code 127.0.0.1:<port>}: the HTTP server's host, which the OAuth server shares. */
    String serverHost() {
        return LoopbackHttpServer.LOOPBACK + ":" + port.getAsInt();
    }

    /** The OAuth server's REST address, as {@code server_endpoint} carries it. */
    String serverEndpoint() {
        return "http://" + serverHost() + "/rest/";
    }

    /** A new random 32-hex-digit value: a {@code member_id}, an {@code application_token}, an {@code APP_SID}. */
    String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void requireFree(String name) {
        if (name == null || !NAME.matcher(name).matches() || RESERVED.contains(name)) {
            throw new IllegalArgumentException(
                    "A portal's name is lower-case letters, digits and inner hyphens, "
                                               + "not rest or oauth: " + name);
        }
        if (byName.containsKey(name) || byFormerName.containsKey(name)) {
            throw new IllegalArgumentException("The portal name " + name + " is taken");
        }
    }
}
