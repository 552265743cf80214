/**
 * The portal's OAuth side: registered applications, the tokens issued to them, renewal with rotating refresh tokens
 * (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.oauth;
