/**
 * The fault matrix: each test makes the portal, the network, the route or the saved state misbehave in one way (lost
 * answers, batches refused whole, redirects, a stop in the middle of work, starved threads, backlogs, bad input,
 * token servers that refuse, pages repeated), drives a route through a CamelContext against the sandbox over real
 * HTTP, and checks what reached the portal and what the route got. Run it alone with {@code mvn -B -ntp verify
 * -pl camel-bitrix24-notify -am -Dtest='io.github.camelbitrix24.notify.faults.*Test'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
package io.github.camelbitrix24.notify.faults;
