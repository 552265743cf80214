/**
 * The portal's limits, counted on the client's side: the request rate (a leaky bucket per portal) and each method's
 * operating time; {@code LimitedClient} lets a request leave only when both allow it.
 */
package io.github.camelbitrix24.notify.client.limits;
