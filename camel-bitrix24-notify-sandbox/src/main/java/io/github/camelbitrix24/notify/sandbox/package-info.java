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
 * An in-memory Bitrix24 portal for tests and examples: {@link io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox}
 * serves the {@code im.notify.*} REST methods and {@code batch} over HTTP, records every call and lets tests seed and
 * inspect notifications, limits and faults. The sub-packages are its implementation, not API: a request goes from
 * {@code http} through {@code calls} to one of the {@code methods}, which reads {@code params}, changes the
 * {@code store} and answers with {@code results}.
 */
package io.github.camelbitrix24.notify.sandbox;
