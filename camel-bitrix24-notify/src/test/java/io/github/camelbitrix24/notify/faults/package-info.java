/**
 * The fault matrix: each test one way a real portal or network misbehaves (lost answers, refusals of whole batches,
 * redirects, a stop in the middle of work, starved threads, backlogs, bad input, token servers that refuse, pages
 * repeated), driven through a CamelContext against the sandbox over real HTTP, and what the component guarantees
 * then. Run it alone with {@code mvn -pl camel-bitrix24-notify -am verify -Dtest='io.github.camelbitrix24.notify.faults.**'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
package io.github.camelbitrix24.notify.faults;
