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
package io.github.camelbitrix24.notify.sandbox.params;

/**
 * The {@code LIMIT} of a notification page: 50 by default and at most; a value of 0 or less means the default.
 */
public final class PageLimit {

    static final int MAX = 50;

    private PageLimit() {
    }

    public static int of(MethodParams params) {
        if (!params.isSet("LIMIT")) {
            return MAX;
        }
        long limit = params.integer("LIMIT");
        return limit <= 0 || limit > MAX ? MAX : (int) limit;
    }
}
