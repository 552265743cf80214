package io.github.camelbitrix24.notify.management;

import java.util.List;

import io.github.camelbitrix24.notify.api.stats.PortalSnapshot;

/** Where the figures of one component come from: its portals and its consumers. */
public interface FigureSource {

    /** One snapshot per portal called so far. */
    List<PortalSnapshot> portals();

    /** One entry per consumer running now. */
    List<ConsumerFigures> consumers();
}
