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
 * The Camel face of the component: {@code Bitrix24NotifyComponent} and {@code Bitrix24NotifyEndpoint} with their
 * options ({@code Bitrix24NotifyConfiguration}, {@code Bitrix24NotifyMessageOptions}), the headers
 * ({@code Bitrix24NotifyConstants}), the producer and the polling consumer, the one {@code Bitrix24NotifyService} both
 * call the portal through, and the {@code Bitrix24NotifyException} routes catch.
 */
package io.github.camelbitrix24.notify;
