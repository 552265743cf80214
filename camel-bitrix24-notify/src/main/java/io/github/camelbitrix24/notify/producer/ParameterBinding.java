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
package io.github.camelbitrix24.notify.producer;

import io.github.camelbitrix24.notify.operation.NotifyParameter;

/** Where a Camel message gives the value of a parameter, besides its body: a header, then an endpoint option. */
public interface ParameterBinding {

    /** The header that sets the parameter for one message, or null when none does. */
    String header(NotifyParameter parameter);

    /** The endpoint option's value for the parameter, or null when none is set or no option sets it. */
    Object option(NotifyParameter parameter);

    /** The header of raw Bitrix24 parameters (a Map), applied last over every other source. */
    String rawParamsHeader();
}
