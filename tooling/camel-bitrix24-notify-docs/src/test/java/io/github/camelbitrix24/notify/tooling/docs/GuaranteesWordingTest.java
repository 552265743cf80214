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

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A guarantee says what holds now: change history belongs in CHANGELOG.md, not on the guarantees page. */
class GuaranteesWordingTest {

    private static final Pattern HISTORY = Pattern.compile(
            "before this fix|it used to|used to be|instead of completing|now fails|was fixed|previously");

    @Test
    void theGuaranteesSpeakInThePresent() {
        List<String> page = DocsPages.lines(DocsPages.root().resolve("docs/guarantees.md"));
        String text = String.join(" ", page).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);

        assertThat(HISTORY.matcher(text).results().map(match -> match.group()).toList()).isEmpty();
    }
}
