/**
 * The Camel face of the component: {@code Bitrix24NotifyComponent} and {@code Bitrix24NotifyEndpoint} with their
 * options ({@code Bitrix24NotifyConfiguration}, {@code Bitrix24NotifyMessageOptions}), the headers
 * ({@code Bitrix24NotifyConstants}), the producer and the polling consumer, the one {@code Bitrix24NotifyService}
 * both call the portal through, and the {@code Bitrix24NotifyException} routes catch.
 */
package io.github.camelbitrix24.notify;
