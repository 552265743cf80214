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
package io.github.camelbitrix24.notify.tooling.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The repository's pages, as the tests of the docs read them: README.md and docs/*.md. */
final class DocsPages {

    private DocsPages() {
    }

    /** The repository's root, which the build passes as docs.root. */
    static Path root() {
        String root = System.getProperty("docs.root");
        if (root == null) {
            throw new IllegalStateException("Run the docs tests with -Ddocs.root=<the repository> (the build sets it)");
        }
        try {
            return Path.of(root).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> pages() {
        try {
            return DocsGenerator.pages(root());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path page) {
        return root().relativize(page).toString().replace('\\', '/');
    }

    static List<String> lines(Path page) {
        try {
            return Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
