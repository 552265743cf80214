package io.github.camelbitrix24.notify.sandbox.methods;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.SandboxLimits;

/**
 * Runs REST methods by name and records every call in the {@link CallLog}. Method names ignore case, as the
 * portal tries the lower-cased name first.
 */
public final class RestDispatcher {

    private static final System.Logger LOG = System.getLogger(RestDispatcher.class.getName());

    private final Map<String, RestMethod> methods = new ConcurrentHashMap<>();
    private final CallLog callLog;
    private final SandboxLimits limits;

    public RestDispatcher(CallLog callLog, SandboxLimits limits) {
        this.callLog = callLog;
        this.limits = limits;
    }

    public RestDispatcher register(String name, RestMethod method) {
        methods.put(canonicalName(name), method);
        return this;
    }

    public static String canonicalName(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Runs a call that has its place in the call log already.
     *
     * @param applicationId the OAuth application calling, or null for a webhook
     */
    public MethodOutcome execute(long sequence, String name, Map<String, Object> params, long userId,
            String applicationId, boolean inBatch) {
        String method = canonicalName(name);
        ExecutionTime time = ExecutionTime.start();
        MethodOutcome outcome;
        try {
            Object result = methodNamed(method).execute(new CallContext(userId, applicationId, new MethodParams(params)));
            outcome = MethodOutcome.success(result, time.finish(limits.operatingResetDelay()));
        } catch (RestError error) {
            outcome = MethodOutcome.failure(error);
        } catch (RuntimeException bug) {
            // a portal answers its own failures with 500; the cause goes to the log, not to the client
            LOG.log(Level.ERROR, "Bitrix24 sandbox failed to execute " + method, bug);
            outcome = MethodOutcome.failure(SystemErrors.internalServerError());
        }
        callLog.record(sequence, recorded(method, params, userId, outcome, inBatch));
        return outcome;
    }

    /** Runs a batch sub-command, which takes its place in the call log on arrival. */
    public MethodOutcome executeInBatch(String name, Map<String, Object> params, long userId, String applicationId) {
        return execute(callLog.nextSequence(), name, params, userId, applicationId, true);
    }

    /** Answers a call with an error without running it, and records it. */
    public MethodOutcome reject(long sequence, String name, Map<String, Object> params, long userId, boolean inBatch,
            RestError error) {
        MethodOutcome outcome = MethodOutcome.failure(error);
        callLog.record(sequence, recorded(canonicalName(name), params, userId, outcome, inBatch));
        return outcome;
    }

    public MethodOutcome rejectInBatch(String name, Map<String, Object> params, long userId, RestError error) {
        return reject(callLog.nextSequence(), name, params, userId, true, error);
    }

    private RestMethod methodNamed(String method) {
        RestMethod found = methods.get(method);
        if (found == null) {
            throw SystemErrors.methodNotFound();
        }
        return found;
    }

    private static RecordedCall recorded(String method, Map<String, Object> params, long userId,
            MethodOutcome outcome, boolean inBatch) {
        return new RecordedCall(method, params, userId, outcome.httpStatus(), outcome.errorCode(), inBatch);
    }
}
