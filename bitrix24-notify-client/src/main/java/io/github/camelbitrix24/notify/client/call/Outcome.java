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

/** What became of a call that failed: whether the portal can have carried it out. */
public enum Outcome {

    /**
     * The call never left the client (input refused before the wire, no connection, the component stopped, the rate
     * limit store failed): the portal did not see it, and sending it again cannot duplicate it.
     */
    NOT_SENT,

    /**
     * The portal answered, and its answer says the call changed nothing: its own error (QUERY_LIMIT_EXCEEDED,
     * OVERLOAD_LIMIT, any 4xx, a send's {@code false}), a redirect, or an answer that cannot be read to a read.
     */
    REFUSED,

    /**
     * The call was sent and no usable answer came: none at all (a timeout, a connection lost after sending), a 5xx of
     * the portal's own, or an answer that cannot be read to a call that changes something. The portal may have carried
     * it out: sending it again may duplicate it.
     */
    UNKNOWN
}
