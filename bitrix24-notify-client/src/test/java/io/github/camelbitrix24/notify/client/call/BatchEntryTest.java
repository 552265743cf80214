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
package io.github.camelbitrix24.notify.client.call;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.node.IntNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch call that failed as a whole fails each of its commands, read the same way by the batcher and the retries. */
class BatchEntryTest {

    @Test
    void aBatchThatAnsweredGivesItsOwnEntries() {
        List<BatchEntry> answered = List.of(BatchEntry.success(IntNode.valueOf(7), null),
                BatchEntry.failure(PortalException.refused("im.notify.system.add", "ACCESS_DENIED", "no")));

        assertThat(BatchEntry.perCommand(answered, null, 2)).isSameAs(answered);
    }

    @Test
    void aBatchThatFailedAsAWholeFailsEachCommandWithThatFailure() {
        PortalException refused = PortalException.answered("QUERY_LIMIT_EXCEEDED", "Too many requests", 503, "batch");

        List<BatchEntry> entries = BatchEntry.perCommand(null, new CompletionException(refused), 3);

        assertThat(entries).hasSize(3).allSatisfy(entry -> assertThat(entry.error()).isSameAs(refused));
    }

    @Test
    void aBatchWithoutAnAnswerFailsEachCommandOfUnknownOutcome() {
        List<BatchEntry> entries = BatchEntry.perCommand(null, new CompletionException(new IOException("reset")), 2);

        assertThat(entries).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.isSuccess()).isFalse();
            assertThat(entry.error().getErrorCode()).isEqualTo(ErrorCodes.IO_ERROR);
            assertThat(entry.error().isOutcomeUnknown()).isTrue();
        });
    }
}
