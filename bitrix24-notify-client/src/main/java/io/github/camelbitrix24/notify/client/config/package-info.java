/**
 * What an application configures the client with: the portal's plan, where an OAuth application's token pair is
 * kept ({@code TokenStore}, {@code FileTokenStore}, {@code InMemoryTokenStore}), and the mask every text shows in
 * place of a secret. It depends on no other package of the client.
 */
package io.github.camelbitrix24.notify.client.config;
