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

/**
 * What the portal answers, after carrying a call out, in place of its own answer: something a client cannot read as a
 * Bitrix24 answer, as a proxy that cuts a body short, a portal failing while it writes its answer, or a gateway in
 * front of a portal that timed out waiting for it would send. See {@link SandboxFaults#answerUnreadablyNext}.
 */
public enum UnreadableAnswer {

    /** Status 200, the first half of the real JSON answer. */
    TRUNCATED_JSON,
    /** Status 200 and no body at all. */
    EMPTY_BODY,
    /** Status 200, the real answer without its {@code result}: a JSON object with neither a result nor an error. */
    NO_RESULT,
    /**
     * Status 200, the real answer with its result wrapped in an object, {@code {"ID": 123}} where {@code 123} is
     * expected; in a {@code batch}, each command's result wrapped so. A call that failed keeps its error body.
     */
    WRONG_RESULT_SHAPE,
    /** Status 502 and a gateway's HTML error page ({@code text/html}). */
    ERROR_PAGE
}
