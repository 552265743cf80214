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
package io.github.camelbitrix24.notify.sandbox.calls;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import io.github.camelbitrix24.notify.sandbox.SandboxLimits;
import io.github.camelbitrix24.notify.sandbox.errors.RestError;
import io.github.camelbitrix24.notify.sandbox.errors.SystemErrors;
import io.github.camelbitrix24.notify.sandbox.params.MethodParams;

/**
 * Runs REST methods by name and records every call in the {@link CallLog}. Method names ignore case, as the portal
 * tries the lower-cased name first. Each method's execution time is counted per caller in the {@link OperatingLedger}
 * unless {@link RestMethod#countsOperatingTime()} says otherwise (the outer {@code batch} is not counted, its commands
 * are): a method over the operating limit is refused with 429 OPERATION_TIME_LIMIT until enough of its time stops
 * counting.
 */
public final class RestDispatcher {

    private static final System.Logger LOG = System.getLogger(RestDispatcher.class.getName());

    private final Map<String, RestMethod> methods = new ConcurrentHashMap<>();
    private final CallLog callLog;
    private final SandboxLimits limits;
    private final OperatingLedger operatingLedger;

    public RestDispatcher(CallLog callLog, SandboxLimits limits, OperatingLedger operatingLedger) {
        this.callLog = callLog;
        this.limits = limits;
        this.operatingLedger = operatingLedger;
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
    public MethodOutcome execute(
            long sequence, String name, Map<String, Object> params, long userId,
            String applicationId, boolean inBatch) {
        String method = canonicalName(name);
        ExecutionTime time = ExecutionTime.start(limits.clockOffset());
        MethodOutcome outcome;
        try {
            RestMethod found = methodNamed(method);
            CallContext call = new CallContext(userId, applicationId, new MethodParams(params));
            if (!found.countsOperatingTime()) {
                Object result = found.execute(call);
                outcome = MethodOutcome.success(result,
                        time.finish(OperatingLedger.uncounted(time.started(), limits.operatingResetDelay())));
            } else {
                if (overOperatingLimit(userId, method, time)) {
                    throw SystemErrors.operationTimeLimit();
                }
                Object result;
                try {
                    result = found.execute(call);
                } catch (RestError refused) {
                    charge(userId, method, time);
                    throw refused;
                }
                outcome = MethodOutcome.success(result, time.finish(charge(userId, method, time)));
            }
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

    private boolean overOperatingLimit(long userId, String method, ExecutionTime time) {
        Optional<Duration> limit = limits.operatingLimit();
        return limit.isPresent()
                && operatingLedger.exceeds(userId, method, time.started(), limit.get(), limits.operatingResetDelay());
    }

    /** A call that ran costs its execution time, or the simulated cost the limits set. */
    private OperatingLedger.Usage charge(long userId, String method, ExecutionTime time) {
        Duration cost = limits.operatingCostPerCall().orElseGet(time::elapsed);
        return operatingLedger.charge(userId, method, time.started(), cost, limits.operatingResetDelay());
    }

    /** Runs a batch sub-command, which takes its place in the call log on arrival. */
    public MethodOutcome executeInBatch(String name, Map<String, Object> params, long userId, String applicationId) {
        return execute(callLog.nextSequence(), name, params, userId, applicationId, true);
    }

    /** Answers a call with an error without running it, and records it. */
    public MethodOutcome reject(
            long sequence, String name, Map<String, Object> params, long userId, boolean inBatch,
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

    private static RecordedCall recorded(
            String method, Map<String, Object> params, long userId,
            MethodOutcome outcome, boolean inBatch) {
        return new RecordedCall(method, params, userId, outcome.httpStatus(), outcome.errorCode(), inBatch);
    }
}
