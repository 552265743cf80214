package io.github.camelbitrix24.notify.sandbox.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
