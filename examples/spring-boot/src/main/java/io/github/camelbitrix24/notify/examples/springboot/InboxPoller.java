package io.github.camelbitrix24.notify.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.springframework.stereotype.Component;

/**
 * Finds the new notifications with the get operation on a timer: each unread notification of the latest page, oldest
 * first, goes once to {@link NotificationReactions}. It stands in for the component's polling consumer: with that,
 * the reactions route starts {@code from("bitrix24-notify:get?startFrom=UNREAD&delay={{example.inbox.poll-period}}")}
 * and this class goes.
 */
@Component
public class InboxPoller extends RouteBuilder {

    @Override
    public void configure() {
        // synchronous: one poll at a time, so that notifications reach the reactions in order
        from("timer:inbox?period={{example.inbox.poll-period}}&synchronous=true").routeId("poll-inbox")
                .to("bitrix24-notify:get?limit=50")
                // a page is newest first
                .split(simple("${reverse(${body.notifications})}"))
                    .filter(simple("${body.read} == false"))
                    .idempotentConsumer(simple("${body.id}"), MemoryIdempotentRepository.memoryIdempotentRepository())
                    .to(NotificationReactions.NEW_NOTIFICATIONS);
    }
}
