/**
 * When a failed call is repeated (never when the portal may already have run a send that is not safe to repeat), and
 * after how long.
 */
package io.github.camelbitrix24.notify.client.retry;
