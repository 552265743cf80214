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
package io.github.camelbitrix24.notify.tooling.docs;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.operation.Bitrix24Operation;
import io.github.camelbitrix24.notify.operation.NotifyParameter;
import io.github.camelbitrix24.notify.operation.RequestRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The troubleshooting guide explains every code a route can meet: the client's and the portal's codes the component
 * knows (ErrorCodes, Bitrix24NotifyException), the codes of the input it refuses before a call (the operations' rules),
 * and the portal's and OAuth server's codes of authorization and limits.
 */
class TroubleshootingTest {

    private static final Set<String> PORTAL_CODES = Set.of("NO_AUTH_FOUND", "INVALID_CREDENTIALS", "insufficient_scope",
            "ERROR_METHOD_NOT_FOUND", "ACCESS_DENIED", "expired_token", "invalid_grant", "QUERY_LIMIT_EXCEEDED",
            "OPERATION_TIME_LIMIT", "OVERLOAD_LIMIT", "invalid_client", "invalid_request", "invalid_scope",
            "PAYMENT_REQUIRED", "INTERNAL_SERVER_ERROR");
    /** Refused before the call by the attachment's checks rather than an operation's rules. */
    private static final Set<String> ATTACH_CODES = Set.of("ATTACH_OVERSIZE", "ATTACH_ERROR");

    @Test
    void everyCodeHasItsPlace() throws IllegalAccessException {
        Set<String> codes = new TreeSet<>(PORTAL_CODES);
        codes.addAll(ATTACH_CODES);
        codes.addAll(stringConstants(ErrorCodes.class));
        codes.addAll(stringConstants(Bitrix24NotifyException.class));
        for (Bitrix24Operation operation : Bitrix24Operation.values()) {
            for (RequestRule rule : operation.rules()) {
                codes.addAll(ruleCodes(rule));
            }
        }
        String guide = String.join("\n", DocsPages.lines(DocsPages.root().resolve("docs/troubleshooting.md")));

        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            boolean heading = guide.matches("(?s).*\\n###[^\\n]*\\b" + code + "\\b.*");
            boolean row = guide.contains("| `" + code + "` |");
            if (!heading && !row) {
                missing.add(code);
            }
        }
        assertThat(missing).as("codes with neither a ### heading nor a row of the refused-before-the-call table").isEmpty();
    }

    private static List<String> stringConstants(Class<?> type) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    /**
     * The codes a rule refuses with, found by asking it about input it may refuse: nothing, every parameter not a
     * number, and each parameter alone.
     */
    private static List<String> ruleCodes(RequestRule rule) {
        List<Map<String, Object>> probes = new ArrayList<>();
        probes.add(Map.of());
        Map<String, Object> allText = new HashMap<>();
        for (NotifyParameter parameter : NotifyParameter.values()) {
            allText.put(parameter.wireName(), "x");
            probes.add(Map.of(parameter.wireName(), "1"));
        }
        probes.add(allText);
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> probe : probes) {
            RequestRule.Refusal refusal = rule.check(probe);
            if (refusal != null) {
                codes.add(refusal.code());
            }
        }
        return codes;
    }
}
