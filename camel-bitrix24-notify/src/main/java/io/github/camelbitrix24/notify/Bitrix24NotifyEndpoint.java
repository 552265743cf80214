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

import io.github.camelbitrix24.notify.client.PortalSettings;
import io.github.camelbitrix24.notify.client.call.PortalAuth;
import io.github.camelbitrix24.notify.consumer.PollOptions;
import io.github.camelbitrix24.notify.consumer.StartFrom;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import io.github.camelbitrix24.notify.operation.NotifyParameter;
import io.github.camelbitrix24.notify.producer.AttachFormat;
import io.github.camelbitrix24.notify.producer.RequestMapper;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Send, read, answer and react to Bitrix24 chat notifications through the im.notify REST methods.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "bitrix24-notify", title = "Bitrix24 Notify",
             syntax = "bitrix24-notify:operation", category = { Category.CLOUD, Category.API, Category.CHAT },
             headersClass = Bitrix24NotifyConstants.class)
// AsyncEndpoint: the producer never blocks a Camel thread while the portal answers (Camel's tooling reads async from it)
public class Bitrix24NotifyEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    /** 10 s: the scheduler's 500 ms would spend the portal's request budget on polling. */
    static final long DEFAULT_DELAY = 10_000;
    /** 1,000 notifications at 50 a page: a backlog that size is read once, and memory stays small. */
    static final int DEFAULT_PAGES_IN_MEMORY = 20;

    // typed as the operation table, so that Camel's build lists the operations (their toString) from it
    @UriPath(description = "What to do: notify, personalAdd and systemAdd send a notification; get and historySearch read "
                           + "a page; schemaGet lists notification types; read, readList and readAll mark notifications "
                           + "read; answer and confirm reply to one; delete removes one.")
    @Metadata(required = true)
    private Bitrix24Operation operation;
    /** The operation as the URI names it; it is resolved, or refused, when the endpoint initialises. */
    private String operationName;

    @UriParam
    private Bitrix24NotifyConfiguration configuration;

    @UriParam(label = "common",
              description = "The member_id of the portal this endpoint calls, looked up in the portalDirectory (a producer "
                            + "takes the header CamelBitrix24NotifyMemberId over it, per message). A consumer polls that "
                            + "one portal.")
    private String memberId;

    @UriParam
    private Bitrix24NotifyMessageOptions messageOptions = new Bitrix24NotifyMessageOptions();

    @UriParam(label = "consumer", defaultValue = "NOW",
              description = "Where a consumer without saved state starts: NOW (only notifications newer than its first poll), "
                            + "UNREAD (the unread ones first, oldest first) or ALL (the whole history the portal keeps).")
    private StartFrom startFrom = StartFrom.NOW;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Mark each delivered notification read on the portal (in im.notify.read.list calls of up to 500 ids).")
    private boolean markReadOnProcessed;

    @UriParam(label = "consumer",
              description = "Keeps the id of the last delivered notification, e.g. in a FileStateRepository, so that a "
                            + "restarted route resumes right after it. It is kept under the key bitrix24-notify: followed by "
                            + "the route's id, so give the route a stable routeId.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer", defaultValue = "0",
              description = "The most notifications one poll delivers (0: all new ones); the rest follow on the next polls.")
    private int maxMessagesPerPoll;

    @UriParam(label = "consumer", defaultValue = "" + DEFAULT_PAGES_IN_MEMORY,
              description = "How many pages of new notifications (limit each) a poll keeps in memory while it delivers a "
                            + "backlog: a backlog of up to that many pages costs one im.notify.get call per page, a larger "
                            + "one reads again only the newer pages that did not fit.")
    private int maxPagesInMemory = DEFAULT_PAGES_IN_MEMORY;

    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_DELAY, javaType = "java.time.Duration",
              description = "The time between polls of im.notify.get, e.g. 30s (a plain number is milliseconds); each poll "
                            + "with nothing new costs one request.")
    private long delay = DEFAULT_DELAY;

    /** What the endpoints of the component share. */
    private final SharedPortals portals;
    /** The endpoint's share of its portal, held while a producer or consumer of it runs. */
    private final ServiceLease lease = new ServiceLease(this::openService);
    private PortalSettings portalSettings;
    private PortalAuth auth;
    private RequestMapper requestMapper;
    /** How messages become requests to the portals of the portalDirectory (OAuth applications); null without one. */
    private RequestMapper directoryMapper;
    /** The consumer made last, for the figures, which find it through the route that consumes this endpoint. */
    private volatile Bitrix24NotifyConsumer consumer;

    /** Made by the component, which hands it what its endpoints share. */
    Bitrix24NotifyEndpoint(String uri, Component component, SharedPortals portals, String operation,
                           Bitrix24NotifyConfiguration configuration) {
        super(uri, component);
        this.portals = portals;
        this.operationName = operation;
        this.configuration = configuration;
        setDelay(DEFAULT_DELAY);
    }

    @Override
    public Producer createProducer() {
        return new Bitrix24NotifyProducer(this, getOperation(), lease, hasOwnPortal(), memberId, this::newDirectoryPortals);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (getOperation() != Bitrix24Operation.GET) {
            throw new IllegalArgumentException(
                    "A bitrix24-notify consumer polls im.notify.get: use from(\"bitrix24-notify:get\"), not "
                                               + operationName);
        }
        Integer limit = messageOptions.getLimit();
        PollOptions options = new PollOptions(
                stateRepository, startFrom, markReadOnProcessed,
                limit == null ? NotifyParameter.MAX_PAGE_SIZE : limit, maxPagesInMemory);
        Bitrix24NotifyConsumer consumer = new Bitrix24NotifyConsumer(this, processor, lease, options);
        consumer.setMaxMessagesPerPoll(maxMessagesPerPoll);
        configureConsumer(consumer);
        this.consumer = consumer;
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        operation = Bitrix24Operation.fromName(operationName);
        Integer limit = messageOptions.getLimit();
        if (limit != null && (limit < 1 || limit > NotifyParameter.MAX_PAGE_SIZE)) {
            throw new IllegalArgumentException(
                    "limit must be between 1 and " + NotifyParameter.MAX_PAGE_SIZE + ", got " + limit);
        }
        if (maxPagesInMemory < 1) {
            throw new IllegalArgumentException(
                    "maxPagesInMemory must be 1 or more, got " + maxPagesInMemory
                                               + ": it is how many pages of new notifications a poll keeps in memory");
        }
        AttachFormat attachFormat = new AttachFormat(portals.mapper(), configuration.getAttachMaxBytes());
        if (configuration.getPortalDirectory() != null) {
            directoryMapper = new RequestMapper(
                    new MessageParameters(this), configuration.getClientId(), false,
                    attachFormat);
        } else if (memberId != null) {
            throw new IllegalArgumentException(
                    "memberId names a portal of the portalDirectory, but no portalDirectory is set: set it on the "
                                               + "component or the endpoint");
        }
        if (hasOwnPortal()) {
            portalSettings = portals.portalSettings(configuration);
            auth = portals.clients().authFor(portalSettings);
            requestMapper = new RequestMapper(
                    new MessageParameters(this), configuration.getClientId(), auth.needsClientId(), attachFormat);
        }
    }

    /**
     * Whether the endpoint calls a portal of its own configuration (a webhook, an OAuth portalUrl): always without a
     * portalDirectory; with one, only when memberId is not set and a webhookUrl or portalUrl is.
     */
    boolean hasOwnPortal() {
        if (configuration.getPortalDirectory() == null) {
            return true;
        }
        return memberId == null && (isSet(configuration.getWebhookUrl()) || isSet(configuration.getPortalUrl()));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** The portals of the portalDirectory as a producer calls them; null without a directory. */
    DirectoryPortals newDirectoryPortals() {
        return directoryMapper == null ? null : new DirectoryPortals(portals, configuration, directoryMapper);
    }

    /** The endpoint's share of what clients of its portal share (limits, batches, the OAuth session). */
    private Bitrix24NotifyService openService() {
        if (!hasOwnPortal()) {
            if (memberId == null) {
                throw new IllegalArgumentException(
                        "The endpoint " + this + " has no portal of its own: a consumer needs memberId, the portal of "
                                                   + "the portalDirectory it reads");
            }
            return newDirectoryPortals().open(memberId, getOperation().method());
        }
        return new Bitrix24NotifyService(
                portals.clients().clientFor(portalSettings), requestMapper, portals.mapper(),
                configuration.getRequestTimeout());
    }

    /** Stopping the endpoint gives its share back, whatever still uses it. */
    @Override
    protected void doStop() throws Exception {
        lease.end();
        super.doStop();
    }

    /** The endpoint's own URI never shows the webhook's code nor the OAuth tokens. */
    @Override
    public String toString() {
        return "bitrix24-notify:" + operationName + (auth != null ? "[" + auth + "]" : "")
               + (memberId != null ? "[memberId=" + memberId + "]" : "");
    }

    @Override
    public String getServiceUrl() {
        return auth == null ? null : auth.portalKey();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    public Bitrix24Operation getOperation() {
        return operation != null ? operation : Bitrix24Operation.fromName(operationName);
    }

    public void setOperation(String operation) {
        this.operationName = operation;
        this.operation = null;
    }

    public Bitrix24NotifyConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(Bitrix24NotifyConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public Bitrix24NotifyMessageOptions getMessageOptions() {
        return messageOptions;
    }

    public void setMessageOptions(Bitrix24NotifyMessageOptions messageOptions) {
        this.messageOptions = messageOptions;
    }

    public StartFrom getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(StartFrom startFrom) {
        this.startFrom = startFrom;
    }

    public boolean isMarkReadOnProcessed() {
        return markReadOnProcessed;
    }

    public void setMarkReadOnProcessed(boolean markReadOnProcessed) {
        this.markReadOnProcessed = markReadOnProcessed;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public int getMaxPagesInMemory() {
        return maxPagesInMemory;
    }

    public void setMaxPagesInMemory(int maxPagesInMemory) {
        this.maxPagesInMemory = maxPagesInMemory;
    }

    /** Milliseconds between polls. */
    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
    }

    /** The consumer this endpoint made last; null before the first. */
    Bitrix24NotifyConsumer consumer() {
        return consumer;
    }

    /** The portal, in the component's terms, while a producer or consumer of this endpoint runs; else null. */
    public Bitrix24NotifyService getService() {
        return lease.current();
    }
}
