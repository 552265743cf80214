/**
 * The portal client, with no Camel in it: {@code PortalClients} hands out a client per {@code PortalSettings},
 * wrapped by {@code PortalPolicies} in the policies of its portal (retries, batching, limits) around a
 * {@code RestClient} over a pooled {@code HttpTransport}. This package assembles the others and is the only one that
 * knows them all: {@code config} (what a user configures) and {@code call} (one call to the portal) at the bottom,
 * {@code stats} above them, then {@code limits}, {@code batching}, {@code retry} and {@code oauth}, which never see
 * each other.
 */
package io.github.camelbitrix24.notify.client;
