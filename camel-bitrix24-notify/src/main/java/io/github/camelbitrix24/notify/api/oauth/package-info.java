/**
 * OAuth applications: the access token in every call, its renewal at the OAuth server on {@code expired_token}, and
 * the token stores that keep the rotating pair across restarts.
 */
package io.github.camelbitrix24.notify.api.oauth;
