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
