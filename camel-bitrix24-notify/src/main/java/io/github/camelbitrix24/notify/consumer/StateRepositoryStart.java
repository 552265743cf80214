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

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Starts the repository that holds a consumer's saved position, or refuses to start the consumer, leaving the saved
 * data as it is. A FileStateRepository that fails to load its file empties it on its way out of the failed start, and
 * the next start then finds no position at all and delivers everything again: so its file is checked first, and a file
 * Camel could not load is never given to it.
 */
public final class StateRepositoryStart {

    private StateRepositoryStart() {
    }

    /**
     * Starts the repository, unless started already.
     *
     * @throws IllegalStateException when the repository cannot load its saved data; the message names the repository
     *                               (and its file) and the key
     */
    public static void start(StateRepository<String, String> repository, String key) {
        if (repository instanceof FileStateRepository files && !ServiceHelper.isStarted(files)
                && files.getFileStore() != null) {
            checkFile(files.getFileStore(), key);
        }
        try {
            ServiceHelper.startService(repository);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot start " + describe(repository) + ", which holds the saved position of "
                                            + "this route (key " + key + "): " + e,
                    e);
        }
    }

    /** The repository as a message names it: its file, for a FileStateRepository. */
    static String describe(StateRepository<?, ?> repository) {
        if (repository instanceof FileStateRepository files && files.getFileStore() != null) {
            return "the FileStateRepository of the file " + files.getFileStore();
        }
        return "the state repository " + repository;
    }

    private static void checkFile(File file, String key) {
        if (!file.exists()) {
            return;
        }
        String refusal = "Cannot read the saved position of this route (key " + key + ") from the FileStateRepository's file "
                         + file + ": ";
        byte[] content;
        try {
            content = Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            throw new IllegalStateException(refusal + e + ". The route does not start until the file can be read", e);
        }
        StateFileCheck.problem(content, Charset.defaultCharset()).ifPresent(problem -> {
            throw new IllegalStateException(
                    refusal + problem + ". The route does not start, and the file is left as it is: "
                                            + "correct or remove that line (each line is key=value; this route's is " + key
                                            + "=<the id of the last notification it processed>)");
        });
    }
}
