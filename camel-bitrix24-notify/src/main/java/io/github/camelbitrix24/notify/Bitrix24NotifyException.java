package io.github.camelbitrix24.notify;

import org.apache.camel.RuntimeCamelException;

/**
 * Every failure of the component: refused input (with the code the portal itself would answer), an error answered by
 * the portal, or a transport problem. Routes can handle it with {@code onException(Bitrix24NotifyException.class)}
 * and branch on {@link #getErrorCode()}.
 * <p>
 * Messages never contain the webhook code or tokens.
 */
public class Bitrix24NotifyException extends RuntimeCamelException {

    /** The request never left the client: the portal did not see it. */
    public static final int NOT_SENT = 0;

    /** Client-side code: the portal could not be reached (connection refused, DNS, TLS). */
    public static final String CONNECTION_FAILED = "CONNECTION_FAILED";
    /** Client-side code: the portal did not answer within {@code requestTimeout}; the outcome is unknown. */
    public static final String TIMEOUT = "TIMEOUT";
    /** Client-side code: the connection failed after the request was sent; the outcome is unknown. */
    public static final String IO_ERROR = "IO_ERROR";
    /** Client-side code: the answer was not Bitrix24 JSON (an HTML error page, a proxy's 502, ...). */
    public static final String INVALID_RESPONSE = "INVALID_RESPONSE";
    /** Client-side code: the portal answered {@code result: false} to a send: no notification was created. */
    public static final String NOT_CREATED = "NOT_CREATED";

    private final String errorCode;
    private final String errorDescription;
    private final int httpStatus;
    private final String method;
    private final int batchIndex;

    public Bitrix24NotifyException(String errorCode, String errorDescription, int httpStatus, String method) {
        this(errorCode, errorDescription, httpStatus, method, null);
    }

    public Bitrix24NotifyException(String errorCode, String errorDescription, int httpStatus, String method,
                                   Throwable cause) {
        this(errorCode, errorDescription, httpStatus, method, -1, cause);
    }

    private Bitrix24NotifyException(String errorCode, String errorDescription, int httpStatus, String method,
                                    int batchIndex, Throwable cause) {
        super(describe(errorCode, errorDescription, httpStatus, method, batchIndex), cause);
        this.errorCode = errorCode;
        this.errorDescription = errorDescription;
        this.httpStatus = httpStatus;
        this.method = method;
        this.batchIndex = batchIndex;
    }

    /** The same failure, located at one entry of a list body sent through {@code batch}. */
    public Bitrix24NotifyException atBatchIndex(int index) {
        return new Bitrix24NotifyException(errorCode, errorDescription, httpStatus, method, index, getCause());
    }

    /** Input refused before any HTTP call, with the code the portal would have answered. */
    public static Bitrix24NotifyException refused(String method, String errorCode, String errorDescription) {
        return new Bitrix24NotifyException(errorCode, errorDescription, NOT_SENT, method);
    }

    private static String describe(String errorCode, String errorDescription, int httpStatus, String method,
                                   int batchIndex) {
        StringBuilder text = new StringBuilder();
        text.append(method != null ? method : "Bitrix24");
        if (batchIndex >= 0) {
            text.append(" (entry ").append(batchIndex).append(" of the list body)");
        }
        text.append(" failed: ").append(errorCode);
        if (errorDescription != null && !errorDescription.isEmpty()) {
            text.append(" (").append(errorDescription).append(')');
        }
        text.append(httpStatus == NOT_SENT ? ", not sent to the portal" : ", HTTP " + httpStatus);
        return text.toString();
    }

    /** The Bitrix24 error code, e.g. {@code USER_ID_EMPTY} or {@code QUERY_LIMIT_EXCEEDED}, or a client code. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The portal's (or the client's) human readable description of the error. */
    public String getErrorDescription() {
        return errorDescription;
    }

    /** The HTTP status the portal answered, or {@link #NOT_SENT} when the request never reached it. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The position of the failed entry in a list body sent through {@code batch}, or -1. */
    public int getBatchIndex() {
        return batchIndex;
    }

    /** The REST method, e.g. {@code im.notify.get}. */
    public String getMethod() {
        return method;
    }
}
