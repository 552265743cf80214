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
package io.github.camelbitrix24.notify.sandbox.calls;

import io.github.camelbitrix24.notify.sandbox.errors.RestError;

/**
 * One REST method of the portal. Returns the value of {@code result}, or throws {@link RestError}.
 */
@FunctionalInterface
public interface RestMethod {

    Object execute(CallContext call);

    /** Whether the portal counts the method's execution time against its operating limit. */
    default boolean countsOperatingTime() {
        return true;
    }
}
