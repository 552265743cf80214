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
