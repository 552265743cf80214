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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of README.md and docs/*.md leads to a file of the repository, and every {@code #anchor} to a
 * heading of its page, as GitHub names headings. Links to other sites are not followed (the build has no network).
 */
class LinksTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");

    @Test
    void everyRelativeLinkLeadsToAFileAndAHeading() {
        List<String> problems = new ArrayList<>();
        Path root = DocsPages.root();
        for (Path page : DocsPages.pages()) {
            List<String> lines = DocsPages.lines(page);
            List<CodeFence> fences = CodeFence.of(lines);
            for (int i = 0; i < lines.size(); i++) {
                int line = i;
                if (fences.stream().anyMatch(f -> line >= f.opening() && line <= f.closing())) {
                    continue;
                }
                Matcher link = LINK.matcher(lines.get(i).replaceAll("`[^`]*`", ""));
                while (link.find()) {
                    String target = link.group(1);
                    if (target.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    String where = DocsPages.name(page) + ":" + (i + 1) + " " + target;
                    int hash = target.indexOf('#');
                    String file = hash < 0 ? target : target.substring(0, hash);
                    Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                    String linkedName = root.relativize(linked).toString().replace('\\', '/');
                    if (!Files.exists(linked)) {
                        problems.add(where + ": no such file");
                        continue;
                    }
                    if (hash >= 0 && linked.toString().endsWith(".md")
                            && !anchors(DocsPages.lines(linked)).contains(target.substring(hash + 1))) {
                        problems.add(where + ": no such heading in " + linkedName);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The anchors GitHub gives the headings of a page. */
    static Set<String> anchors(List<String> lines) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        List<CodeFence> fences = CodeFence.of(lines);
        for (int i = 0; i < lines.size(); i++) {
            int line = i;
            if (!lines.get(i).startsWith("#") || fences.stream().anyMatch(f -> line >= f.opening() && line <= f.closing())) {
                continue;
            }
            String slug = slug(lines.get(i).replaceFirst("^#+\\s*", ""));
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }

    static String slug(String heading) {
        String text = heading.strip().toLowerCase(Locale.ROOT).replace("`", "");
        StringBuilder slug = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.append(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        }
        return slug.toString();
    }
}
