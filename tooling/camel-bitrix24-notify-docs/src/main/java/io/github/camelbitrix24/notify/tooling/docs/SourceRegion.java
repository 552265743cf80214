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
import java.util.ArrayList;
import java.util.List;

/**
 * A tagged region of a source file, as Asciidoctor's include tags mark them: the lines between one holding
 * {@code tag::name[]} and one holding {@code end::name[]}, in whatever comment the file's language writes
 * ({@code // tag::notify[]}, {@code # tag::notify[]}, {@code <!-- tag::notify[] -->}). Lines marking other tags inside
 * are left out, and the region loses the indentation all its lines share. A reference without a tag is the whole file
 * (for formats without comments, such as JSON), less its lines marking tags and less the licence header the build puts
 * at the top of every source file: a page shows the code, not the header.
 */
public final class SourceRegion {

    private SourceRegion() {
    }

    /**
     * @param  root                     the repository, which the reference is relative to
     * @param  reference                {@code path/in/the/repository#tag}, or the path alone for the whole file
     * @throws IllegalArgumentException when the file or the tag is not there
     */
    public static List<String> read(Path root, String reference) {
        int hash = reference.lastIndexOf('#');
        if (hash == 0 || hash == reference.length() - 1) {
            throw new IllegalArgumentException("A snippet names its source as path#tag or path, got '" + reference + "'");
        }
        String path = hash < 0 ? reference : reference.substring(0, hash);
        List<String> lines;
        try {
            lines = Files.readAllLines(root.resolve(path).normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the snippet source " + path, e);
        }
        if (hash < 0) {
            List<String> whole = new ArrayList<>(
                    withoutLicenceHeader(lines).stream().filter(line -> !line.contains("tag::") && !line.contains("end::"))
                            .toList());
            while (!whole.isEmpty() && whole.get(whole.size() - 1).isBlank()) {
                whole.remove(whole.size() - 1);
            }
            return whole;
        }
        return region(lines, reference.substring(hash + 1), reference);
    }

    /**
     * The lines less the first comment block when it is the Apache-2.0 licence header ({@code /* *}{@code /},
     * {@code <!-- -->} after an XML declaration, or {@code #} lines between two equal ones), and less the blank lines
     * after it.
     */
    static List<String> withoutLicenceHeader(List<String> lines) {
        int first = !lines.isEmpty() && lines.get(0).startsWith("<?xml") ? 1 : 0;
        int last = commentBlockEnd(lines, first);
        if (last < 0 || lines.subList(first, last + 1).stream().noneMatch(line -> line.contains("Apache License"))) {
            return lines;
        }
        int next = last + 1;
        while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
        List<String> rest = new ArrayList<>(lines.subList(0, first));
        rest.addAll(lines.subList(next, lines.size()));
        return rest;
    }

    private static int commentBlockEnd(List<String> lines, int first) {
        if (first >= lines.size()) {
            return -1;
        }
        String opening = lines.get(first).strip();
        if (opening.startsWith("#")) {
            // the header's closing line repeats its opening one ("#", or a rule of "##" and dashes in properties), the
            // first time after the licence's last line, as the text has lines like it
            int licence = indexOf(lines, "limitations under the License", first);
            for (int i = first; licence >= 0 && i < lines.size() && lines.get(i).strip().startsWith("#"); i++) {
                if (i > licence && lines.get(i).strip().equals(opening)) {
                    return i;
                }
            }
            return -1;
        }
        String close = opening.startsWith("<!--") ? "-->" : opening.startsWith("/*") ? "*/" : null;
        return close == null ? -1 : indexOf(lines, close, first);
    }

    static List<String> region(List<String> lines, String tag, String reference) {
        String start = "tag::" + tag + "[]";
        String end = "end::" + tag + "[]";
        int from = indexOf(lines, start, 0);
        int to = from < 0 ? -1 : indexOf(lines, end, from + 1);
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException(
                    "The snippet source of " + reference + " has no region marked " + start
                                               + " ... " + end);
        }
        List<String> region = new ArrayList<>();
        for (String line : lines.subList(from + 1, to)) {
            if (!line.contains("tag::") && !line.contains("end::")) {
                region.add(line.stripTrailing());
            }
        }
        while (!region.isEmpty() && region.get(0).isBlank()) {
            region.remove(0);
        }
        while (!region.isEmpty() && region.get(region.size() - 1).isBlank()) {
            region.remove(region.size() - 1);
        }
        if (region.isEmpty()) {
            throw new IllegalArgumentException("The region " + reference + " is empty");
        }
        int indent = region.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }

    private static int indexOf(List<String> lines, String marker, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i;
            }
        }
        return -1;
    }
}
