package io.github.camelbitrix24.notify.bench;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
    void theOverheadRoundsCompareBothSidesAfterEveryCallWasStored() throws Exception {
        // each round checks that the portal stored every call the producer made, and fails the run otherwise
        ClientOverhead.Rates rates = ClientOverhead.run(300, 5, 3, Duration.ZERO);

        assertThat(rates.producer()).isPositive();
        assertThat(rates.raw()).isPositive();
        assertThat(rates.ratio()).isBetween(rates.lowestRatio(), rates.highestRatio());
    }

    @Test
    void theIdealTimeIsTheBatchesBeyondTheBurstAtTheRate() {
        assertThat(SendFigures.idealSeconds(10_000, 20, 50)).isEqualTo(7.5);
        assertThat(SendFigures.idealSeconds(1_000, 20, 50)).isZero();
    }
}
