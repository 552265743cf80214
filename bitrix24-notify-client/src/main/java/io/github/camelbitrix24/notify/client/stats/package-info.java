/**
 * Each portal's figures: {@code PortalCounters}, the counters the policies bump (no lock on the hot path), read through
 * {@code LimiterView} and {@code OAuthView} only when someone looks; immutable figures ({@code PortalFigures}); the portal's health as its
 * answers tell it. It knows {@code call}, never the policies that count in it.
 */
package io.github.camelbitrix24.notify.client.stats;
