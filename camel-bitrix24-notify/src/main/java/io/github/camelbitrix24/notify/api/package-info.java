/**
 * The portal client, with no Camel in it: {@code PortalClients} hands out a {@code Bitrix24Client} per
 * {@code PortalSettings}; calls go through the policies (retries, batching, limits) to a {@code RestClient} over a
 * pooled {@code HttpTransport}, authenticated by a webhook or an OAuth application. Failures are
 * {@code PortalException}s with the portal's codes or the client's ({@code ErrorCodes}).
 */
package io.github.camelbitrix24.notify.api;
