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

/**
 * What a request does on the portal, stamped on it where it is built: the client's policies read it rather than knowing
 * method names.
 */
public enum RequestKind {

    /** Creates a notification: coalesced into batches, gives way to other calls waiting for the request rate. */
    SEND,
    /** Changes nothing on the portal, not even a read mark: an answer that cannot be read leaves nothing unknown. */
    READ,
    /** Changes something without creating a notification (a read mark, an answer, a deletion). */
    ACTION;

    /**
     * Whether a request of this kind may change something: an answer to it that cannot be read leaves the outcome
     * unknown.
     */
    public boolean changesSomething() {
        return this != READ;
    }

    /** The kind of a batch call: a batch of sends is a send, of reads a read, anything else an action. */
    public static RequestKind ofBatch(List<Bitrix24Request> requests) {
        if (requests.stream().allMatch(request -> request.kind() == SEND)) {
            return SEND;
        }
        return requests.stream().allMatch(request -> request.kind() == READ) ? READ : ACTION;
    }
}
