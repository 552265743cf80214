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
import java.util.concurrent.CompletableFuture;

/**
 * The portal, in Bitrix24's own terms: methods, parameters, results and error codes. Implementations own authentication
 * and transport; callers know nothing of HTTP. Futures complete exceptionally with a {@link PortalException}.
 */
public interface Bitrix24Client {

    /** The most commands one batch call may carry. */
    int MAX_BATCH_COMMANDS = 50;

    /** Calls one method. */
    CompletableFuture<Bitrix24Response> call(Bitrix24Request request);

    /**
     * Calls up to {@link #MAX_BATCH_COMMANDS} methods in one {@code batch} request without halting on errors. The
     * entries come back in the order of the requests.
     */
    CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests);
}
