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

import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.encoding.PhpQueryString;

/**
 * One command of a batch, {@code "method?param=value&..."}: the query is URL-encoded and PHP-style, like a GET
 * request's.
 */
public record BatchCommand(String method, Map<String, Object> params) {

    public static BatchCommand parse(String command) {
        int question = command.indexOf('?');
        String method = (question < 0 ? command : command.substring(0, question)).strip();
        String query = question < 0 ? "" : command.substring(question + 1);
        return new BatchCommand(method, PhpQueryString.parse(query));
    }
}
