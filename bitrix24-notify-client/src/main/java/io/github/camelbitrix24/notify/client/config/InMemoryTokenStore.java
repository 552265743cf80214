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
package io.github.camelbitrix24.notify.client.config;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The default store: keeps the pair for the life of the process only. After a restart the configured tokens are used
 * again, and their refresh token may have been rotated away meanwhile; use a {@link FileTokenStore} (or your own store)
 * for anything that restarts. One instance is one session: share the instance, not copies of it.
 */
public final class InMemoryTokenStore implements TokenStore {

    private final AtomicReference<OAuthTokens> tokens = new AtomicReference<>();
    private final AtomicBoolean renewing = new AtomicBoolean();

    @Override
    public Optional<OAuthTokens> load() {
        return Optional.ofNullable(tokens.get());
    }

    @Override
    public void save(OAuthTokens tokens) {
        this.tokens.set(tokens);
    }

    /** One renewal at a time, should two sessions of this JVM ever share the instance. */
    @Override
    public Optional<RenewalLock> tryLockRenewal() {
        return renewing.compareAndSet(false, true) ? Optional.of(() -> renewing.set(false)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore";
    }
}
