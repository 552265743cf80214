/*
 * Copyright The camel-bitrix24-notify maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/**
 * The fault matrix: each test makes the portal, the network, the route or the saved state misbehave in one way (lost
 * answers, batches refused whole, redirects, a stop in the middle of work, starved threads, backlogs, bad input, token
 * servers that refuse, pages repeated), drives a route through a CamelContext against the sandbox over real HTTP, and
 * checks what reached the portal and what the route got. Run it alone with {@code mvn -B -ntp verify
 * -pl camel-bitrix24-notify -am -Dtest='io.github.camelbitrix24.notify.faults.*Test'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
package io.github.camelbitrix24.notify.faults;
