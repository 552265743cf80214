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

import java.util.ArrayList;
import java.util.List;

/**
 * A fenced code block of a Markdown page: its language, its lines, and where it stands in the page (line numbers from
 * 0, the opening and the closing fence). Blocks are found as GitHub finds them: a line of three or more backticks opens
 * one, the next line of at least as many closes it.
 *
 * @param language the word after the opening backticks, empty when none
 * @param opening  the line of the opening fence
 * @param closing  the line of the closing fence
 */
public record CodeFence(String language, int opening, int closing, List<String> body) {

    /** The fenced blocks of a page, in order. */
    public static List<CodeFence> of(List<String> lines) {
        List<CodeFence> fences = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String opening = lines.get(i).stripLeading();
            int ticks = backticks(opening);
            if (ticks >= 3 && lines.get(i).length() - opening.length() <= 3) {
                int close = i + 1;
                while (close < lines.size() && !closes(lines.get(close), ticks)) {
                    close++;
                }
                if (close == lines.size()) {
                    throw new IllegalArgumentException("The code block opened at line " + (i + 1) + " is never closed");
                }
                fences.add(new CodeFence(opening.substring(ticks).strip(), i, close, List.copyOf(lines.subList(i + 1, close))));
                i = close + 1;
            } else {
                i++;
            }
        }
        return fences;
    }

    /** The block's text, one line after another. */
    public String text() {
        return String.join("\n", body);
    }

    private static boolean closes(String line, int ticks) {
        String stripped = line.strip();
        return backticks(stripped) >= ticks && stripped.chars().allMatch(c -> c == '`');
    }

    private static int backticks(String line) {
        int count = 0;
        while (count < line.length() && line.charAt(count) == '`') {
            count++;
        }
        return count;
    }
}
