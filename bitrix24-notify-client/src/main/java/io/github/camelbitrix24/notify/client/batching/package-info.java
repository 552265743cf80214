/**
 * Coalescing concurrent sends of one portal into {@code batch} calls of up to 50 commands, each caller still getting
 * its own result or error.
 */
package io.github.camelbitrix24.notify.client.batching;
