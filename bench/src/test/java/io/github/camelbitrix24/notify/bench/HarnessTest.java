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
package io.github.camelbitrix24.notify.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The harness counts what it claims to, on runs small and fast enough for every build: how fast they go is the
 * harness's business, not the test's.
 */
class HarnessTest {

    @Test
    void separateExchangesAreAllStoredOnceWithinTheLimit() throws Exception {
        SendFigures figures = SeparateExchanges.run(600, 200, 10, 50);

        assertThat(figures.stored()).isEqualTo(600);
        assertThat(figures.duplicates()).isZero();
        assertThat(figures.lost()).isZero();
        assertThat(figures.failedExchanges()).isZero();
        assertThat(figures.queryLimitExceeded()).isZero();
        assertThat(figures.httpRequests()).as("batch calls of up to 50").isBetween(12, 600);
    }

    @Test
    void aListBodyIsStoredOnceInBatchesOfFifty() {
        SendFigures figures = OneListBody.run(600, 200, 10);

        assertThat(figures.stored()).isEqualTo(600);
        assertThat(figures.duplicates()).isZero();
        assertThat(figures.failedExchanges()).isZero();
        assertThat(figures.queryLimitExceeded()).isZero();
        assertThat(figures.httpRequests()).isEqualTo(12);
        assertThat(figures.arrivalSeconds()).as("the portal's span lies within the route's time")
                .isPositive().isLessThanOrEqualTo(figures.seconds());
    }

    @Test
    void theNaiveRouteLosesWhatThePortalRefuses() throws Exception {
        SendFigures figures = NaiveHttpRoute.run(60, 1, 10, 20);

        // camel-http's HttpClient repeats a 503 once by itself: the exchanges it could not save are the lost ones
        assertThat(figures.lost()).isEqualTo(figures.failedExchanges()).isPositive();
        assertThat(figures.queryLimitExceeded()).isGreaterThanOrEqualTo(figures.lost());
        assertThat(figures.stored()).isEqualTo(60 - figures.lost());
    }

    @Test
    void theOverheadFiguresComeFromRoundsThatMadeEveryCallOnBothSides() throws Exception {
        ClientOverhead.Rates rates = ClientOverhead.run(300, 5, 3, Duration.ZERO);

        assertThat(rates.rounds()).hasSize(3).allSatisfy(round -> {
            assertThat(round.producer().callsReceived()).as("im.notify calls the portal got from the producer")
                    .isEqualTo(300);
            assertThat(round.raw().callsReceived()).as("im.notify calls the portal got from raw HttpClient 5")
                    .isEqualTo(300);
        });
        List<Double> ratios = rates.rounds().stream()
                .map(round -> round.producer().callsPerSecond() / round.raw().callsPerSecond())
                .sorted()
                .toList();
        assertThat(rates.lowestRatio()).isEqualTo(ratios.get(0));
        assertThat(rates.ratio()).as("the median round").isEqualTo(ratios.get(1));
        assertThat(rates.highestRatio()).isEqualTo(ratios.get(2));

        // printed with three decimals
        Map<String, Double> printed = printed(rates);
        assertThat(printed).containsOnlyKeys("d.producer_calls_per_second", "d.raw_calls_per_second", "d.ratio",
                "d.ratio_lowest_round", "d.ratio_highest_round");
        assertThat(printed.values()).allSatisfy(value -> assertThat(value).isFinite().isPositive());
        assertThat(printed.get("d.producer_calls_per_second")).isCloseTo(rates.producer(), within(0.001));
        assertThat(printed.get("d.raw_calls_per_second")).isCloseTo(rates.raw(), within(0.001));
        assertThat(printed.get("d.ratio")).isCloseTo(rates.ratio(), within(0.001));
    }

    @Test
    void aBacklogIsDeliveredWholeInOrderWithTheCallsTheCostModelGives() throws Exception {
        // 12 pages of 50, 5 kept: 12 down, 1 below the oldest (full) page, 7 read again
        ConsumerBacklog.BacklogFigures figures = ConsumerBacklog.run(600, 0, 0, "&maxPagesInMemory=5");

        assertThat(figures.delivered()).isEqualTo(600);
        assertThat(figures.outOfOrder()).isZero();
        assertThat(figures.missing()).isZero();
        assertThat(figures.pageSize()).isEqualTo(50);
        assertThat(figures.pagesInMemory()).isEqualTo(5);
        assertThat(figures.expectedGetCalls()).isEqualTo(20);
        assertThat(figures.getCalls()).isEqualTo(20);
        assertThat(figures.queryLimitExceeded()).isZero();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        figures.print(new Figures(new PrintStream(out, true, StandardCharsets.UTF_8)), "f.600");
        Map<String, Double> printed = read(out);
        assertThat(printed).containsOnlyKeys("f.600.waiting", "f.600.delivered", "f.600.out_of_order", "f.600.missing",
                "f.600.page_size", "f.600.max_pages_in_memory", "f.600.get_calls", "f.600.get_calls_expected",
                "f.600.seconds", "f.600.query_limit_exceeded", "f.600.live_heap_before_mb",
                "f.600.live_heap_at_first_exchange_mb", "f.600.peak_heap_used_mb");
        assertThat(printed).containsEntry("f.600.get_calls", 20.0).containsEntry("f.600.get_calls_expected", 20.0)
                .containsEntry("f.600.delivered", 600.0);
        assertThat(printed.get("f.600.seconds")).isPositive();
        assertThat(printed.get("f.600.peak_heap_used_mb")).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void theIdealTimeIsTheBatchesBeyondTheBurstAtTheRate() {
        assertThat(SendFigures.idealSeconds(10_000, 20, 50)).isEqualTo(7.5);
        assertThat(SendFigures.idealSeconds(1_000, 20, 50)).isZero();
    }

    private static Map<String, Double> printed(ClientOverhead.Rates rates) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rates.print(new Figures(new PrintStream(out, true, StandardCharsets.UTF_8)), "d");
        return read(out);
    }

    /** The figures as the harness prints them, read back as a reader of its output would: {@code name value} a line. */
    private static Map<String, Double> read(ByteArrayOutputStream out) {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).allMatch(line -> line.matches("[a-z0-9_.]+ \\S+"), "name value");
        return lines.stream()
                .map(line -> line.split(" "))
                .collect(Collectors.toMap(figure -> figure[0], figure -> Double.parseDouble(figure[1])));
    }
}
