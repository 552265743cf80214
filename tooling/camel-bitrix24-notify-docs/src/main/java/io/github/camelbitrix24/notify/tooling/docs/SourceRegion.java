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
 * are left out, and the region loses the indentation all its lines share. A reference without a tag is the whole
 * file (for formats without comments, such as JSON), less its lines marking tags.
 */
public final class SourceRegion {

    private SourceRegion() {
    }

    /**
     * @param root      the repository, which the reference is relative to
     * @param reference {@code path/in/the/repository#tag}, or the path alone for the whole file
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
            List<String> whole = new ArrayList<>(lines.stream().filter(line -> !line.contains("tag::") && !line.contains("end::")).toList());
            while (!whole.isEmpty() && whole.get(whole.size() - 1).isBlank()) {
                whole.remove(whole.size() - 1);
            }
            return whole;
        }
        return region(lines, reference.substring(hash + 1), reference);
    }

    static List<String> region(List<String> lines, String tag, String reference) {
        String start = "tag::" + tag + "[]";
        String end = "end::" + tag + "[]";
        int from = indexOf(lines, start, 0);
        int to = from < 0 ? -1 : indexOf(lines, end, from + 1);
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("The snippet source of " + reference + " has no region marked " + start
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
