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
 * The sandbox's own tests: the portal seen from outside, over real HTTP and through its public API, one class per REST
 * method or concern. {@link PortalTestSupport} gives each a fresh portal and {@link PortalHttpCaller}, the raw HTTP
 * caller they all share.
 */
package io.github.camelbitrix24.notify.sandbox;
