package io.github.camelbitrix24.notify.tooling.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub Markdown table. Cells are text: what Markdown or HTML would read as markup ({@code |}, {@code *},
 * {@code <routeId>}) is escaped, so that a description shows as the descriptor says it, and line breaks become spaces.
 */
final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row of cells already written as Markdown (see {@link #text} and {@link #code}). */
    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells in a table of " + header.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("| " + String.join(" | ", header) + " |");
        lines.add("|" + "---|".repeat(header.size()));
        rows.forEach(row -> lines.add("| " + String.join(" | ", row) + " |"));
        return lines;
    }

    /** Plain text as a cell. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.strip().replaceAll("\\s+", " ")
                .replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("*", "\\*")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    /** A value shown as code; empty for none. */
    static String code(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String escaped = value.replace("|", "\\|");
        return escaped.contains("`") ? "`` " + escaped + " ``" : "`" + escaped + "`";
    }
}
