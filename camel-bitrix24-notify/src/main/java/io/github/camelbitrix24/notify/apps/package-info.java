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
 * The handler URL of a Bitrix24 marketplace (or local) application on many portals:
 * {@link io.github.camelbitrix24.notify.apps.Bitrix24AppEvents}, a Camel {@code Processor} behind
 * {@code platform-http}, keeps a portal directory up to date from the installation callback, {@code ONAPPINSTALL} and
 * {@code ONAPPUNINSTALL}, and lets through only events that carry the portal's {@code application_token}.
 */
package io.github.camelbitrix24.notify.apps;
