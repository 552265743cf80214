/**
 * What an operator sees of the component: the figures of every portal and consumer, printed by the dev console
 * ({@code bitrix24-notify}), counted into Micrometer meters when a {@code MeterRegistry} is bound, and read by JMX
 * through the component and the consumers. Depends on the api's figures only, never on the component's classes.
 */
package io.github.camelbitrix24.notify.management;
