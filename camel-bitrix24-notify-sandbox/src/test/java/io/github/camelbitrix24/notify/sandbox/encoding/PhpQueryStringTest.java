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
package io.github.camelbitrix24.notify.sandbox.encoding;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhpQueryStringTest {

    @Test
    void readsPlainAndEncodedValues() {
        assertThat(PhpQueryString.parse("A=1&B=Hello+big%20world&C=&D"))
                .isEqualTo(Map.of("A", "1", "B", "Hello big world", "C", "", "D", ""));
    }

    @Test
    void appendsToListsWithEmptyBrackets() {
        assertThat(PhpQueryString.parse("IDS[]=1&IDS[]=2&IDS%5B%5D=3")).isEqualTo(Map.of("IDS", List.of("1", "2", "3")));
    }

    @Test
    void nestsMapsAndTurnsZeroBasedKeysIntoLists() {
        assertThat(PhpQueryString.parse("ATTACH[BLOCKS][0][MESSAGE]=x&ATTACH[BLOCKS][1][LINK][NAME]=n&ATTACH[ID]=1"))
                .isEqualTo(Map.of("ATTACH", Map.of("ID", "1",
                        "BLOCKS", List.of(Map.of("MESSAGE", "x"), Map.of("LINK", Map.of("NAME", "n"))))));
    }

    @Test
    void keepsNamedAndSparseKeysAsMaps() {
        assertThat(PhpQueryString.parse("cmd[c0]=im.notify.get&cmd[c1]=batch")).isEqualTo(
                Map.of("cmd", Map.of("c0", "im.notify.get", "c1", "batch")));
        assertThat(PhpQueryString.parse("A[1]=x&A[3]=y")).isEqualTo(Map.of("A", Map.of("1", "x", "3", "y")));
    }

    @Test
    void takesANameWithUnclosedBracketsAsItIs() {
        assertThat(PhpQueryString.parse("A[B=1")).isEqualTo(Map.of("A[B", "1"));
    }
}
