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
package io.github.camelbitrix24.notify.client.limits;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.client.config.SharedLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A portal's shared limits as its client uses them, whatever the store: a failure of the store refuses the call that
 * asked before leaving ({@code RATE_LIMIT_STORE_UNAVAILABLE}), and is only logged where an answer is being recorded.
 * The log says once when the store begins failing and once when it answers again.
 */
public final class StoreFailures implements SharedLimits {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFailures.class);

    private final SharedLimits store;
    private final String portal;
    private final Consumer<PortalException> unavailable;
    /** Whether the store's last operation failed: one line when it begins failing, one when it answers again. */
    private final AtomicBoolean failing = new AtomicBoolean();

    /**
     * @param store       the portal's limits in the store
     * @param portal      the portal's key, for the log
     * @param unavailable told each time the store fails
     */
    public StoreFailures(SharedLimits store, String portal, Consumer<PortalException> unavailable) {
        this.store = store;
        this.portal = portal;
        this.unavailable = unavailable;
    }

    @Override
    public long tryTake() {
        try {
            long wait = store.tryTake();
            answered();
            return wait;
        } catch (RuntimeException storeFailed) {
            throw failed(storeFailed, "calls fail, not sent");
        }
    }

    @Override
    public void landed(long lateNanos) {
        try {
            store.landed(lateNanos);
            answered();
        } catch (RuntimeException storeFailed) {
            // the answer is the caller's all the same
            failed(storeFailed, "answers go unrecorded");
        }
    }

    @Override
    public void overflowed() {
        try {
            store.overflowed();
            answered();
        } catch (RuntimeException storeFailed) {
            failed(storeFailed, "answers go unrecorded");
        }
    }

    @Override
    public void pause(String method, Duration pause) {
        if (pause.toMillis() > 0) {
            try {
                store.pause(method, pause);
                answered();
            } catch (RuntimeException storeFailed) {
                // this replica keeps the pause in its own limits all the same
                failed(storeFailed, "answers go unrecorded");
            }
        }
    }

    @Override
    public long pauseNanos(String method) {
        try {
            long wait = store.pauseNanos(method);
            answered();
            return wait;
        } catch (RuntimeException storeFailed) {
            throw failed(storeFailed, "calls fail, not sent");
        }
    }

    private void answered() {
        if (failing.compareAndSet(true, false)) {
            LOG.info("The rate limit store of {} answers again", portal);
        }
    }

    /**
     * The store failed: the error for a call that cannot go. Without the shared budget this replica would go on alone
     * at the whole portal's rate beside the others, towards the portal's OVERLOAD_LIMIT block: better refuse the call,
     * which the route can handle or repeat. Only the store's own words go into the message (never its URI).
     */
    private PortalException failed(RuntimeException storeFailed, String meanwhile) {
        String why = storeFailed.getClass().getSimpleName()
                     + (storeFailed.getMessage() == null ? "" : ": " + storeFailed.getMessage());
        if (failing.compareAndSet(false, true)) {
            LOG.warn("The rate limit store of {} failed ({}): until it answers again, {}", portal, why, meanwhile);
        }
        PortalException error = PortalException.notSent(ErrorCodes.RATE_LIMIT_STORE_UNAVAILABLE, "The rate limit "
                                                                                                 + "store shared with the other replicas failed ("
                                                                                                 + why
                                                                                                 + "); the call was not sent",
                null, storeFailed);
        unavailable.accept(error);
        return error;
    }
}
