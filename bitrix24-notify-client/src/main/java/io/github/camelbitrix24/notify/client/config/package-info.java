/**
 * What an application configures the client with: the portal's plan, where an OAuth application's token pair is
 * kept ({@code TokenStore}, {@code FileTokenStore}, {@code InMemoryTokenStore}), where replicas share each portal's
 * limits ({@code SharedLimitsStore}; {@code Bucket4jLimitsStore} over any Bucket4j store, Bucket4j being optional),
 * and the mask every text shows in place of a secret. It depends on no other package of the client.
 */
package io.github.camelbitrix24.notify.client.config;
