/**
 * One call to the portal and what every call stands on: the request, the answer and the batch entry, the client
 * contract every policy wraps ({@code Bitrix24Client}), the REST client over a pooled HTTP transport, webhook
 * authentication, {@code PortalException} with the portal's codes or the client's ({@code ErrorCodes}), the delayed
 * steps and the threads that complete the callers. It knows only {@code config}.
 */
package io.github.camelbitrix24.notify.client.call;
