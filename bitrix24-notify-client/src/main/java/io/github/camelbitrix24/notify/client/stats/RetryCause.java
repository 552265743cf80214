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
package io.github.camelbitrix24.notify.client.stats;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;

/** Why a call was repeated, as an operator asks it: the rate, the operating limit, the portal failing, the network. */
public enum RetryCause {

    /** 503 QUERY_LIMIT_EXCEEDED: the portal's request-rate bucket was full. */
    QUERY_LIMIT_EXCEEDED,
    /** 429 OPERATION_TIME_LIMIT: the method used up its execution time. */
    OPERATION_TIME_LIMIT,
    /** Any other 5xx answer of the portal. */
    SERVER_ERROR,
    /** The network: connection failed, no answer in time, connection lost. */
    IO,
    /** Anything else the retry policy repeats. */
    OTHER;

    public static RetryCause of(PortalException error) {
        String code = error.getErrorCode();
        if (ErrorCodes.QUERY_LIMIT_EXCEEDED.equals(code)) {
            return QUERY_LIMIT_EXCEEDED;
        }
        if (ErrorCodes.OPERATION_TIME_LIMIT.equals(code)) {
            return OPERATION_TIME_LIMIT;
        }
        if (ErrorCodes.CONNECTION_FAILED.equals(code) || ErrorCodes.IO_ERROR.equals(code) || ErrorCodes.TIMEOUT.equals(code)) {
            return IO;
        }
        return error.getHttpStatus() >= 500 ? SERVER_ERROR : OTHER;
    }
}
