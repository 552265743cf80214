/**
 * The portal's HTTP side: the server, routes, webhooks, decoding request parameters, the request-rate limit
 * ({@link ArrivalBucket}), injected faults and the OAuth token endpoint (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.http;
