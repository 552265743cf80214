package io.github.camelbitrix24.notify.sandbox.oauth;

/**
 * Whom a token was issued to: the application and the user it acts as.
 *
 * @param clientId the application's client id
 * @param userId   the user the calls act as
 */
public record TokenOwner(String clientId, long userId) {
}
