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
package io.github.camelbitrix24.notify.client.batching;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelbitrix24.notify.client.call.BatchEntry;
import io.github.camelbitrix24.notify.client.call.Bitrix24Client;
import io.github.camelbitrix24.notify.client.call.Bitrix24Request;
import io.github.camelbitrix24.notify.client.call.Bitrix24Response;
import io.github.camelbitrix24.notify.client.call.RequestKind;

/**
 * One endpoint's view of a shared {@link BatchCoalescer}: sends ({@link RequestKind#SEND}) join its batches; other
 * calls and explicit batches go straight on.
 */
public final class CoalescingClient implements Bitrix24Client {

    private final Bitrix24Client direct;
    private final BatchCoalescer coalescer;

    public CoalescingClient(Bitrix24Client direct, BatchCoalescer coalescer) {
        this.direct = direct;
        this.coalescer = coalescer;
    }

    @Override
    public CompletableFuture<Bitrix24Response> call(Bitrix24Request request) {
        return request.kind() == RequestKind.SEND ? coalescer.submit(request) : direct.call(request);
    }

    @Override
    public CompletableFuture<List<BatchEntry>> batch(List<Bitrix24Request> requests) {
        return direct.batch(requests);
    }
}
