/**
 * The portal's HTTP side: routes, webhooks, request parameters, limits and injected faults (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.http;
