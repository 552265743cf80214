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
package io.github.camelbitrix24.notify.model.attach;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachBlockKindTest {

    @Test
    void wireNamesAreTheDocumentedOnesInTheirOrder() {
        assertThat(Arrays.stream(AttachBlockKind.values()).map(AttachBlockKind::wireName))
                .containsExactly("MESSAGE", "LINK", "USER", "GRID", "IMAGE", "FILE", "DELIMITER");
    }

    @Test
    void fromWireNameMatchesExactlyAsThePortalDoes() {
        assertThat(AttachBlockKind.fromWireName("GRID")).contains(AttachBlockKind.GRID);
        assertThat(AttachBlockKind.fromWireName("grid")).isEmpty();
        assertThat(AttachBlockKind.fromWireName("RICH_LINK")).isEmpty();
        assertThat(AttachBlockKind.fromWireName(null)).isEmpty();
    }
}
