/**
 * OAuth applications: the access token in every call, its renewal at the OAuth server on {@code expired_token}, and
 * the sessions that share one renewal per application; the token stores that keep the rotating pair across restarts
 * are configuration, in {@code config}.
 */
package io.github.camelbitrix24.notify.client.oauth;
