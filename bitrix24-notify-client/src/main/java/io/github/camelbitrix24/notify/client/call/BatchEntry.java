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
package io.github.camelbitrix24.notify.client.call;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outcome of one command of a {@code batch} call: its result and {@code time} (from {@code result_time}), or its
 * own error. A failed command fails only its own entry.
 */
public record BatchEntry(JsonNode result, CallTime time, PortalException error) {

    public BatchEntry {
        time = time == null ? CallTime.UNKNOWN : time;
    }

    public static BatchEntry success(JsonNode result, CallTime time) {
        return new BatchEntry(result, time, null);
    }

    public static BatchEntry failure(PortalException error) {
        return new BatchEntry(null, null, error);
    }

    /**
     * The entries of one {@code batch} call of {@code commands} commands, as the caller reads them: the portal's
     * entries, or, when the call failed as a whole, that failure for each command, so that a batch's failure and its
     * entries are never read apart.
     *
     * @param entries the call's entries, in the order of its commands; null when it failed
     * @param failure the failure of the whole call; null when it answered
     */
    public static List<BatchEntry> perCommand(List<BatchEntry> entries, Throwable failure, int commands) {
        if (failure == null) {
            return entries;
        }
        List<BatchEntry> failed = new ArrayList<>(commands);
        for (int i = 0; i < commands; i++) {
            failed.add(failure(Failures.unwrap(failure)));
        }
        return failed;
    }

    public boolean isSuccess() {
        return error == null;
    }
}
