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

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every delayed step of the client (a wait for the rate limit or the operating limit, a batch's linger, a retry's
 * delay) runs here, on a scheduler, so that no thread ever waits. Each step says how to give up: when the client
 * closes, the steps that have not run are abandoned with {@link ErrorCodes#STOPPED}, so that no caller is left waiting
 * for an answer that will never come.
 */
public final class DelayedSteps {

    /** A step and how its caller learns that it will not run. */
    private final class Step implements Runnable {
        private final Runnable action;
        private final Consumer<PortalException> abandon;

        Step(Runnable action, Consumer<PortalException> abandon) {
            this.action = action;
            this.abandon = abandon;
        }

        @Override
        public void run() {
            if (pending.remove(this)) {
                action.run();
            }
        }

        void abandon(PortalException reason) {
            if (pending.remove(this)) {
                abandon.accept(reason);
            }
        }
    }

    private final ScheduledExecutorService scheduler;
    private final Set<Step> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public DelayedSteps(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Runs the action after the delay, or tells {@code abandon} why it never will.
     *
     * @param what    what waits, for the error, e.g. "waiting for the portal's request rate"
     * @param abandon called instead of the action when the client closes first
     */
    public void schedule(Runnable action, long delayNanos, String what, Consumer<PortalException> abandon) {
        Step step = new Step(action, abandon);
        pending.add(step);
        if (closed) {
            step.abandon(stopped(what));
            return;
        }
        try {
            scheduler.schedule(step, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            step.abandon(stopped(what));
        }
    }

    /** Abandons every step that has not run, and those scheduled from now on; the scheduler is the owner's to stop. */
    public void close() {
        closed = true;
        for (Step step : pending.toArray(Step[]::new)) {
            step.abandon(stopped("waiting"));
        }
    }

    private static PortalException stopped(String what) {
        return PortalException.notSent(ErrorCodes.STOPPED, "The component stopped while the call was " + what
                                                           + "; it was not sent",
                null, null);
    }
}
