/**
 * The portal's error answers: {@link RestError} (the HTTP status with {@code error} and {@code error_description})
 * and {@link SystemErrors}, the errors any call can end with. A method's own validation errors are raised where the
 * method or parameter is checked (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.errors;
