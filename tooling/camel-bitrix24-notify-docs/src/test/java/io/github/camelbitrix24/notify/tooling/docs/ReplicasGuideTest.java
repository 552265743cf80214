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

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replicas guide says what the three-replica send test does: it runs (no {@code @Disabled}), and the share of the
 * ceiling the guide says it asserts is the one its assertion holds.
 */
class ReplicasGuideTest {

    private static final String TEST
            = "tests/replicas/src/test/java/io/github/camelbitrix24/notify/replicas/SharedBudgetSendTest.java";

    @Test
    void theSharedBudgetTestIsDescribedAsItRuns() throws IOException {
        String guide = String.join(" ", DocsPages.lines(DocsPages.root().resolve("docs/replicas.md")));
        String test = Files.readString(DocsPages.root().resolve(TEST));

        Matcher asserted
                = Pattern.compile("of the portal.s ceiling\"\\)\\.isGreaterThanOrEqualTo\\(([0-9.]+)\\)").matcher(test);
        assertThat(asserted.find()).as("the ratio SharedBudgetSendTest asserts").isTrue();
        assertThat(test).doesNotContain("@Disabled");
        assertThat(guide.replaceAll("\\s+", " "))
                .contains("at least " + asserted.group(1) + " of the ceiling asserted")
                .doesNotContain("disabled until");
    }
}
