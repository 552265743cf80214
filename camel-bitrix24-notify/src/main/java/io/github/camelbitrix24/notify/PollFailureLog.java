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
package io.github.camelbitrix24.notify;

import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.oauth.OAuthServer;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;

/**
 * Logs a failed poll. When the OAuth server refused the application's pair for good ({@code invalid_grant}, ...), every
 * poll fails the same way until someone re-authorises the application: each says so in one WARN line, whose message
 * tells what to do, and its stack trace, which only shows the component's plumbing, goes to DEBUG. Any other failure
 * goes to Camel's handler, stack trace and all, so that nothing unexpected loses its stack.
 */
final class PollFailureLog implements ExceptionHandler {

    private final Logger log;
    private final ExceptionHandler otherwise;

    /**
     * @param log       the consumer's logger
     * @param otherwise the handler of every other failure (Camel's, which logs it at WARN with its stack trace)
     */
    public PollFailureLog(Logger log, ExceptionHandler otherwise) {
        this.log = log;
        this.otherwise = otherwise;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        if (!saidByItsMessage(exception)) {
            otherwise.handleException(message, exception);
            return;
        }
        String failed = message != null ? message : "Polling failed";
        log.warn("{}. {} (stack trace at DEBUG)", failed, exception.getMessage());
        log.debug("{}: the stack trace", failed, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (exchange == null) {
            handleException(message, exception);
        } else {
            otherwise.handleException(message, exchange, exception);
        }
    }

    /**
     * The OAuth server's refusal as the component reports it: under it, only the component's own reports of the same
     * answer (the renewal's failure, given to each call that needed it), no Java exception.
     */
    private static boolean saidByItsMessage(Throwable exception) {
        if (!(exception instanceof Bitrix24NotifyException refusal)
                || !OAuthServer.refusesForGood(refusal.getErrorCode(), refusal.getHttpStatus())) {
            return false;
        }
        for (Throwable cause = refusal.getCause(); cause != null; cause = cause.getCause()) {
            if (!(cause instanceof PortalException)) {
                return false;
            }
        }
        return true;
    }
}
