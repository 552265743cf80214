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
 * The portal client, with no Camel in it: {@code PortalClients} hands out a client per {@code PortalSettings}, wrapped
 * by {@code PortalPolicies} in the policies of its portal (retries, batching, limits) around a {@code RestClient} over
 * a pooled {@code HttpTransport}. This package assembles the others and is the only one that knows them all:
 * {@code config} (what a user configures) and {@code call} (one call to the portal) at the bottom, {@code stats} above
 * them, then {@code limits}, {@code batching}, {@code retry} and {@code oauth}, which never see each other.
 */
package io.github.camelbitrix24.notify.client;
