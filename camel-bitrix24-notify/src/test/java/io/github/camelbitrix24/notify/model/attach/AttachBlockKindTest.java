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
