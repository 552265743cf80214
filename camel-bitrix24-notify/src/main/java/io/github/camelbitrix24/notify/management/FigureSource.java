package io.github.camelbitrix24.notify.management;

import java.util.List;

import io.github.camelbitrix24.notify.client.call.CompletionFigures;
import io.github.camelbitrix24.notify.client.stats.PortalSnapshot;

/** Where the figures of one component come from: its portals, its consumers and its completion threads. */
public interface FigureSource {

    /** One snapshot per portal called so far. */
    List<PortalSnapshot> portals();

    /** One entry per consumer running now. */
    List<ConsumerFigures> consumers();

    /** The threads that complete the portals' answers, where the routes go on. */
    CompletionFigures completionThreads();
}
