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

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The portal's limits asked first and the request made after: for a caller that decides what to send only once it may
 * go, as a batch that keeps filling while it waits for its place.
 */
public interface RateGate {

    /**
     * Runs {@code leave} once a request of these methods, of this kind, may go (after any operating-limit pause, at its
     * place in the request rate), with its place taken: {@code leave} must then send exactly one request through
     * {@link #callPlaced} or {@link #batchPlaced}. {@code abandon} is told instead when the client closes first.
     */
    void whenAllowed(Set<String> methods, RequestKind kind, Runnable leave, Consumer<PortalException> abandon);

    /** Makes a call whose place {@link #whenAllowed} granted. */
    CompletableFuture<Bitrix24Response> callPlaced(Bitrix24Request request);

    /** Makes a batch call whose place {@link #whenAllowed} granted. */
    CompletableFuture<List<BatchEntry>> batchPlaced(List<Bitrix24Request> requests);
}
