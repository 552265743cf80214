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

/**
 * The error codes the client acts on or produces: the portal's own (as it spells them) and the client's, for failures
 * the portal never answered.
 */
public final class ErrorCodes {

    /** Portal: its request-rate bucket is full (HTTP 503); the call was not run. */
    public static final String QUERY_LIMIT_EXCEEDED = "QUERY_LIMIT_EXCEEDED";
    /** Portal: the method used up its execution time in the last ten minutes (HTTP 429); the call was not run. */
    public static final String OPERATION_TIME_LIMIT = "OPERATION_TIME_LIMIT";
    /** Portal: blocked by its administrators after too many requests; repeating cannot help. */
    public static final String OVERLOAD_LIMIT = "OVERLOAD_LIMIT";
    /** Portal: the OAuth access token expired (HTTP 401). */
    public static final String EXPIRED_TOKEN = "expired_token";
    /** Portal: the OAuth access token is not known (HTTP 401). */
    public static final String INVALID_TOKEN = "invalid_token";
    /** Portal: there is no such method. */
    public static final String METHOD_NOT_FOUND = "ERROR_METHOD_NOT_FOUND";
    /** Portal: the parameters are wrong. */
    public static final String PARAMS_ERROR = "PARAMS_ERROR";

    /** Client: the portal could not be reached (connection refused, DNS, TLS); the request was not sent. */
    public static final String CONNECTION_FAILED = "CONNECTION_FAILED";
    /** Client: the portal did not answer within the request timeout; the outcome is unknown. */
    public static final String TIMEOUT = "TIMEOUT";
    /** Client: the connection failed after the request was sent; the outcome is unknown. */
    public static final String IO_ERROR = "IO_ERROR";
    /**
     * Client: the answer could not be read (not Bitrix24 JSON, an HTML error page, a proxy's 502, neither a result nor
     * an error, a result of the wrong shape); of unknown outcome when the call changes something.
     */
    public static final String INVALID_RESPONSE = "INVALID_RESPONSE";
    /** Client: the component stopped before the call was sent (it waited for a limit, its batch or a retry). */
    public static final String STOPPED = "STOPPED";
    /** Client: the portal answered with a redirect, which is never followed (it would carry the credentials). */
    public static final String REDIRECT_REFUSED = "REDIRECT_REFUSED";
    /**
     * Client: the OAuth application's token store stayed locked for a renewal by another process (or CamelContext)
     * sharing it longer than a renewal takes; the access token was not renewed, the call not repeated.
     */
    public static final String TOKEN_STORE_LOCKED = "TOKEN_STORE_LOCKED";
    /**
     * Client: the store of the rate budget shared with other replicas ({@code rateLimitStore}) failed or did not
     * answer; the call was not sent.
     */
    public static final String RATE_LIMIT_STORE_UNAVAILABLE = "RATE_LIMIT_STORE_UNAVAILABLE";
    /** Client: the portal answered {@code result: false} to a send: no notification was created. */
    public static final String NOT_CREATED = "NOT_CREATED";

    private ErrorCodes() {
    }
}
