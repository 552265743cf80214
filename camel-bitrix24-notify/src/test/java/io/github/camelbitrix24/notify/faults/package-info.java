/**
 * The fault matrix: each test drives a route through a CamelContext against the sandbox portal over real HTTP, makes
 * the portal (or the route, or the saved state) misbehave in one way, and checks what reached the portal and what the
 * route got. Run it alone with {@code mvn -B -ntp verify -pl camel-bitrix24-notify -am -Dtest='io.github.camelbitrix24.notify.faults.*Test' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
package io.github.camelbitrix24.notify.faults;
