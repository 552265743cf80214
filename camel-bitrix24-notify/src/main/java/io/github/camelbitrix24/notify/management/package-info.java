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
 * What an operator sees of the component: the figures of every portal and consumer, printed by the dev console
 * ({@code bitrix24-notify}), counted into Micrometer meters when a {@code MeterRegistry} is bound, and read by JMX
 * through the component and the consumers. Depends on the api's figures only, never on the component's classes.
 */
package io.github.camelbitrix24.notify.management;
