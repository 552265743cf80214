/**
 * The shapes of the methods' results: notifications and their authors as {@code im.notify.get} and
 * {@code im.notify.history.search} show them, the {@code result_message} answers and the result of {@code batch}
 * (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.results;
