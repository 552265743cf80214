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
package io.github.camelbitrix24.notify.management;

import java.time.Instant;
import java.util.List;

import io.github.camelbitrix24.notify.client.stats.RetryCause;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The JMX face of one component, a service of its CamelContext
 * ({@code org.apache.camel:context=...,type=services,name=Bitrix24NotifyMBean(...)}): the attributes add up every
 * portal, {@link #figures()} has each one. The dev console finds the components' figures through these services too.
 */
@ManagedResource(description = "Bitrix24 Notify: the portals' limits, batches, retries, OAuth tokens and health")
public final class Bitrix24NotifyMBean extends ServiceSupport {

    private final FigureSource source;

    public Bitrix24NotifyMBean(FigureSource source) {
        this.source = source;
    }

    /** The component's figures. */
    public FigureSource source() {
        return source;
    }

    @ManagedOperation(description = "Every portal's and consumer's figures, as JSON")
    public String figures() {
        return FiguresJson.of(List.of(source)).toJson();
    }

    private PortalFiguresSum totals() {
        return new PortalFiguresSum(source.portals());
    }

    @ManagedAttribute(description = "UP, or DOWN with each down portal's error code")
    public String getPortalHealth() {
        return totals().health();
    }

    @ManagedAttribute(description = "HTTP requests sent to the portals (a batch is one)")
    public long getRequestsSent() {
        return totals().requestsSent();
    }

    @ManagedAttribute(description = "503 QUERY_LIMIT_EXCEEDED answers seen, batch commands included")
    public long getQueryLimitExceeded() {
        return totals().queryLimitExceeded();
    }

    @ManagedAttribute(description = "429 OPERATION_TIME_LIMIT answers seen, batch commands included")
    public long getOperationTimeLimit() {
        return totals().operationTimeLimit();
    }

    @ManagedAttribute(description = "Requests counted in the fullest portal's request-rate bucket")
    public double getBucketLevel() {
        return totals().bucketLevel();
    }

    @ManagedAttribute(description = "Requests waiting for their place in the request rate")
    public int getRequestsWaiting() {
        return totals().requestsWaiting();
    }

    @ManagedAttribute(description = "How long the oldest waiting request has waited, in milliseconds")
    public long getOldestWaitMillis() {
        return totals().oldestWaitMillis();
    }

    @ManagedAttribute(description = "Methods the operating limit pauses now, with the end of each pause")
    public String getPausedMethods() {
        return totals().pausedMethods();
    }

    @ManagedAttribute(description = "Batch calls sent")
    public long getBatchesSent() {
        return totals().batchesSent();
    }

    @ManagedAttribute(description = "Calls per batch on average")
    public double getAverageBatchSize() {
        return totals().averageBatchSize();
    }

    @ManagedAttribute(description = "Calls waiting to be sent in a batch")
    public int getCallsWaitingForBatch() {
        return totals().callsWaitingForBatch();
    }

    @ManagedAttribute(description = "Calls repeated after 503 QUERY_LIMIT_EXCEEDED")
    public long getRetriesQueryLimitExceeded() {
        return totals().retries(RetryCause.QUERY_LIMIT_EXCEEDED);
    }

    @ManagedAttribute(description = "Calls repeated after 429 OPERATION_TIME_LIMIT")
    public long getRetriesOperationTimeLimit() {
        return totals().retries(RetryCause.OPERATION_TIME_LIMIT);
    }

    @ManagedAttribute(description = "Calls repeated after another 5xx answer")
    public long getRetriesServerError() {
        return totals().retries(RetryCause.SERVER_ERROR);
    }

    @ManagedAttribute(description = "Calls repeated after a network failure")
    public long getRetriesIo() {
        return totals().retries(RetryCause.IO);
    }

    @ManagedAttribute(description = "Calls failed as of unknown outcome (the portal may have run them)")
    public long getOutcomeUnknown() {
        return totals().outcomeUnknown();
    }

    @ManagedAttribute(description = "When the earliest OAuth access token in use expires (ISO-8601); empty without OAuth")
    public String getAccessTokenExpiresAt() {
        Instant expiry = totals().accessTokenExpiresAt();
        return expiry == null ? "" : expiry.toString();
    }

    @ManagedAttribute(description = "When an OAuth access token was last renewed (ISO-8601); empty before the first")
    public String getLastRenewal() {
        Instant renewal = totals().lastRenewal();
        return renewal == null ? "" : renewal.toString();
    }

    @ManagedAttribute(description = "OAuth renewals that failed")
    public long getRenewalsRefused() {
        return totals().renewalsRefused();
    }

    @ManagedAttribute(description = "The error code and message of each application's last failed renewal")
    public String getLastRenewalRefusal() {
        return totals().lastRenewalRefusal();
    }

    @ManagedAttribute(description = "Threads of the pool where the routes go on after the portal's answer")
    public int getCompletionThreads() {
        return source.completionThreads().threads();
    }

    @ManagedAttribute(description = "The most completion threads at once")
    public int getCompletionThreadsLargest() {
        return source.completionThreads().largest();
    }

    @ManagedAttribute(description = "Completion threads the watchdog started because every thread was held")
    public long getCompletionThreadsAdded() {
        return source.completionThreads().threadsAdded();
    }

    @ManagedAttribute(description = "Times every completion thread was held at the ceiling, so that none was added")
    public long getCompletionThreadsCeilingReached() {
        return source.completionThreads().ceilingReached();
    }

    @ManagedAttribute(description = "Answers waiting for a completion thread")
    public int getCompletionAnswersWaiting() {
        return source.completionThreads().answersWaiting();
    }
}
