package io.github.camelbitrix24.notify.client.call;

/**
 * A call the portal refused, or that could not be made: the portal's error code (or one of the client's
 * {@link ErrorCodes}), its description, the HTTP status and the method. Messages never contain a secret.
 */
public class PortalException extends RuntimeException {

    /** The HTTP status of a request that never left the client: the portal did not see it. */
    public static final int NOT_SENT = 0;
    /**
     * The HTTP status of a request that may have reached the portal but got no answer (a timeout, a connection lost
     * after sending): the outcome is unknown, and repeating a send may duplicate it.
     */
    public static final int NO_ANSWER = -1;

    private final String errorCode;
    private final String errorDescription;
    private final int httpStatus;
    private final String method;
    private final int batchIndex;
    private final boolean answerUnreadable;

    public PortalException(String errorCode, String errorDescription, int httpStatus, String method) {
        this(errorCode, errorDescription, httpStatus, method, null);
    }

    public PortalException(String errorCode, String errorDescription, int httpStatus, String method, Throwable cause) {
        this(errorCode, errorDescription, httpStatus, method, -1, false, cause);
    }

    private PortalException(String errorCode, String errorDescription, int httpStatus, String method, int batchIndex,
                            boolean answerUnreadable, Throwable cause) {
        super(describe(errorCode, errorDescription, httpStatus, method, batchIndex, answerUnreadable), cause);
        this.errorCode = errorCode;
        this.errorDescription = errorDescription;
        this.httpStatus = httpStatus;
        this.method = method;
        this.batchIndex = batchIndex;
        this.answerUnreadable = answerUnreadable;
    }

    /** Input refused before any HTTP call, with the code the portal would have answered. */
    public static PortalException refused(String method, String errorCode, String errorDescription) {
        return new PortalException(errorCode, errorDescription, NOT_SENT, method);
    }

    /**
     * An answer the client cannot read (not Bitrix24's JSON, neither a result nor an error, a result of the wrong
     * shape) to a call that changes something: the portal may have carried the call out, so the outcome is unknown.
     * Only the portal's own error answer, or a refusal before the call, says it did not.
     */
    public static PortalException unreadableAnswer(String errorCode, String errorDescription, int httpStatus,
                                                   String method) {
        return new PortalException(errorCode, errorDescription, httpStatus, method, -1, true, null);
    }

    /** The same failure, located at one entry of a list of notifications sent through {@code batch}. */
    public PortalException atBatchIndex(int index) {
        return new PortalException(errorCode, errorDescription, httpStatus, method, index, answerUnreadable, getCause());
    }

    /** The same failure, told of another method (a call failed because its credentials could not be renewed). */
    public PortalException forMethod(String otherMethod) {
        return new PortalException(errorCode, errorDescription, httpStatus, otherMethod, batchIndex, answerUnreadable,
                this);
    }

    /** The same failure with another description. */
    public PortalException describedAs(String description) {
        return new PortalException(errorCode, description, httpStatus, method, batchIndex, answerUnreadable, getCause());
    }

    /**
     * A failure of the same status and outcome (known or unknown) with another method, code and description, not
     * located at any entry: what a list body tells of its entries' failures.
     */
    public PortalException summarizedAs(String otherMethod, String otherCode, String description) {
        return new PortalException(otherCode, description, httpStatus, otherMethod, -1, answerUnreadable, null);
    }

    /**
     * The text of a failure: the method, the entry of a list, the code, the description and the status, e.g.
     * {@code im.notify failed: USER_ID_EMPTY (User ID can't be empty), not sent to the portal}.
     */
    public static String describe(String errorCode, String errorDescription, int httpStatus, String method,
                                  int batchIndex) {
        return describe(errorCode, errorDescription, httpStatus, method, batchIndex, false);
    }

    private static String describe(String errorCode, String errorDescription, int httpStatus, String method,
                                   int batchIndex, boolean answerUnreadable) {
        StringBuilder text = new StringBuilder();
        text.append(method != null ? method : "Bitrix24");
        if (batchIndex >= 0) {
            text.append(" (entry ").append(batchIndex).append(" of the list body)");
        }
        text.append(" failed: ").append(errorCode);
        if (errorDescription != null && !errorDescription.isEmpty()) {
            text.append(" (").append(errorDescription).append(')');
        }
        text.append(switch (httpStatus) {
            case NOT_SENT -> ", not sent to the portal";
            case NO_ANSWER -> ", no answer from the portal: the outcome is unknown";
            default -> ", HTTP " + httpStatus
                        + (answerUnreadable ? " with an answer that cannot be read: the outcome is unknown" : "");
        });
        return text.toString();
    }

    /**
     * Whether the portal may have carried the call out although it failed: no answer came (a timeout, a connection
     * lost after sending), the portal failed with a 5xx of its own, or a call that changes something got an answer the
     * client cannot read ({@link #unreadableAnswer}). Repeating such a send may duplicate it. False when the portal
     * said it did not run the call (its own error answer: QUERY_LIMIT_EXCEEDED, OVERLOAD_LIMIT, any 4xx, a send's
     * {@code false}), when the call never left the client, and for an unreadable answer to a read.
     */
    public boolean isOutcomeUnknown() {
        if (answerUnreadable || httpStatus == NO_ANSWER || ErrorCodes.IO_ERROR.equals(errorCode) || ErrorCodes.TIMEOUT.equals(errorCode)) {
            return true;
        }
        return httpStatus >= 500 && !ErrorCodes.QUERY_LIMIT_EXCEEDED.equals(errorCode)
               && !ErrorCodes.OVERLOAD_LIMIT.equals(errorCode);
    }

    /** The Bitrix24 error code, e.g. {@code USER_ID_EMPTY} or {@code QUERY_LIMIT_EXCEEDED}, or a client code. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The portal's (or the client's) human readable description of the error. */
    public String getErrorDescription() {
        return errorDescription;
    }

    /**
     * The HTTP status the portal answered; {@link #NOT_SENT} when the request never left the client, {@link #NO_ANSWER}
     * when it may have reached the portal but no answer came.
     */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The REST method, e.g. {@code im.notify.get}. */
    public String getMethod() {
        return method;
    }

    /** The position of the failed entry in a list sent through {@code batch}, or -1. */
    public int getBatchIndex() {
        return batchIndex;
    }
}
