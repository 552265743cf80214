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
package io.github.camelbitrix24.notify.sandbox.results;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.calls.MethodOutcome;
import io.github.camelbitrix24.notify.sandbox.encoding.PhpArrays;

/**
 * The result of {@code batch}, keyed by command id. The maps are written the way PHP writes arrays: {@code []} when
 * empty, a JSON array when the ids are 0..n-1 (a {@code cmd} list), an object otherwise. The sandbox's methods are not
 * list methods, so {@code result_total} and {@code result_next} stay empty.
 */
public final class BatchResult {

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Map<String, Object> errors = new LinkedHashMap<>();
    private final Map<String, Object> totals = new LinkedHashMap<>();
    private final Map<String, Object> nextPages = new LinkedHashMap<>();
    private final Map<String, Object> times = new LinkedHashMap<>();

    public void add(String commandId, MethodOutcome outcome) {
        if (outcome.succeeded()) {
            results.put(commandId, outcome.result());
            times.put(commandId, outcome.time());
        } else {
            errors.put(commandId, outcome.error().body());
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("result", PhpArrays.asJsonValue(results));
        json.put("result_error", PhpArrays.asJsonValue(errors));
        json.put("result_total", PhpArrays.asJsonValue(totals));
        json.put("result_next", PhpArrays.asJsonValue(nextPages));
        json.put("result_time", PhpArrays.asJsonValue(times));
        return json;
    }
}
