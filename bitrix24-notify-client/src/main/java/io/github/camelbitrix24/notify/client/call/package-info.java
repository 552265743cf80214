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
 * One call to the portal and what every call stands on: the request, the answer and the batch entry, the client
 * contract every policy wraps ({@code Bitrix24Client}), the REST client over a pooled HTTP transport, webhook
 * authentication, {@code PortalException} with the portal's codes or the client's ({@code ErrorCodes}), the delayed
 * steps and the threads that complete the callers. It knows only {@code config}.
 */
package io.github.camelbitrix24.notify.client.call;
