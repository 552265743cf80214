package io.github.camelbitrix24.notify.examples.springboot;

import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Reacts to each new notification of the webhook's user (body: a {@code Notification}): logs it, and marks this
 * example's own build alerts read. Other notifications are left unread.
 */
@Component
public class NotificationReactions extends RouteBuilder {

    /** Where {@link InboxPoller} hands over each new notification. */
    static final String NEW_NOTIFICATIONS = "direct:new-notifications";

    @Override
    public void configure() {
        from(NEW_NOTIFICATIONS).routeId("react-to-new")
                .log("new notification #${body.id} from user ${body.authorId}: ${body.text}")
                .filter(simple("${body.tag} contains '" + AlertRoutes.ALERT_TAG + "'"))
                    .setHeader(Bitrix24NotifyConstants.ID, simple("${body.id}"))
                    .to("bitrix24-notify:read")
                    .log("marked our alert #${header." + Bitrix24NotifyConstants.ID + "} read");
    }
}
