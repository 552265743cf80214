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
package io.github.camelbitrix24.notify.consumer;

import org.apache.camel.spi.StateRepository;

/**
 * What a consumer's endpoint tells it: where its cursor is kept and where it starts without one, whether it marks what
 * it delivered read, and how a poll reads the new notifications.
 *
 * @param stateRepository     keeps the cursor; null keeps it in memory only
 * @param startFrom           where a consumer without saved state starts
 * @param markReadOnProcessed mark each delivered notification read on the portal
 * @param pageLimit           notifications per im.notify.get page
 * @param maxPagesInMemory    pages of new notifications a poll keeps in memory while it delivers a backlog
 */
public record PollOptions(StateRepository<String, String> stateRepository, StartFrom startFrom,
        boolean markReadOnProcessed, int pageLimit, int maxPagesInMemory) {
}
