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
package io.github.camelbitrix24.notify.sandbox.methods;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.camelbitrix24.notify.sandbox.calls.CallContext;
import io.github.camelbitrix24.notify.sandbox.calls.MethodOutcome;
import io.github.camelbitrix24.notify.sandbox.calls.RestDispatcher;
import io.github.camelbitrix24.notify.sandbox.calls.RestMethod;
import io.github.camelbitrix24.notify.sandbox.errors.SystemErrors;
import io.github.camelbitrix24.notify.sandbox.params.BatchCommand;
import io.github.camelbitrix24.notify.sandbox.params.PhpValues;
import io.github.camelbitrix24.notify.sandbox.results.BatchResult;

/**
 * {@code batch}: runs the commands of {@code cmd} (an object keyed by command id, or a list) in order as the caller,
 * each recorded as its own call, and answers 200 with every result and error. With {@code halt} true it stops at the
 * first failing command. As on the portal, commands past the 50th fail with ERROR_BATCH_LENGTH_EXCEEDED, a nested
 * {@code batch} fails with ERROR_BATCH_METHOD_NOT_ALLOWED and entries that are not strings are skipped. References to
 * earlier results ({@code $result[id][field]}) are not supported: they reach the method as literal text.
 */
final class BatchMethod implements RestMethod {

    static final String NAME = "batch";
    private static final int MAX_COMMANDS = 50;

    private static final Set<String> FALSE_WORDS = Set.of("", "0", "false");

    private final RestDispatcher dispatcher;

    BatchMethod(RestDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Each command is counted as the call it is; the batch itself is not. */
    @Override
    public boolean countsOperatingTime() {
        return false;
    }

    @Override
    public Object execute(CallContext call) {
        boolean halt = halts(call.params().raw("HALT"));
        BatchResult result = new BatchResult();
        int position = 0;
        for (Map.Entry<String, Object> entry : commands(call.params().raw("CMD")).entrySet()) {
            position++;
            if (!(entry.getValue() instanceof String text)) {
                continue;
            }
            BatchCommand command = BatchCommand.parse(text);
            MethodOutcome outcome = position > MAX_COMMANDS
                    ? dispatcher.rejectInBatch(command.method(), command.params(), call.userId(),
                            SystemErrors.batchLengthExceeded())
                    : run(command, call);
            result.add(entry.getKey(), outcome);
            if (halt && !outcome.succeeded()) {
                break;
            }
        }
        return result.toJson();
    }

    private MethodOutcome run(BatchCommand command, CallContext call) {
        if (NAME.equals(RestDispatcher.canonicalName(command.method()))) {
            return dispatcher.rejectInBatch(command.method(), command.params(), call.userId(),
                    SystemErrors.batchMethodNotAllowed());
        }
        return dispatcher.executeInBatch(command.method(), command.params(), call.userId(), call.applicationId());
    }

    /** Command ids in order; a list's ids are its positions. */
    private static Map<String, Object> commands(Object cmd) {
        Map<String, Object> commands = new LinkedHashMap<>();
        if (cmd instanceof Map<?, ?> map) {
            map.forEach((id, command) -> commands.put(String.valueOf(id), command));
        } else if (cmd instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                commands.put(Integer.toString(i), list.get(i));
            }
        }
        return commands;
    }

    /** {@code halt} is true for {@code true}, {@code 1} and other truthy values; {@code "false"} counts as false. */
    private static boolean halts(Object halt) {
        if (halt instanceof String text) {
            return !FALSE_WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
        }
        return !PhpValues.empty(halt);
    }
}
