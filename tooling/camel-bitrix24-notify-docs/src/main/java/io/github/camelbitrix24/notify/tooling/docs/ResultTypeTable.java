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
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The fields of a result type (a record of the component's model) as a table: the accessor, the key of the portal's
 * JSON it is read from, the Java type, and the description its javadoc gives with {@code @param}. The record itself
 * says which fields there are and of what type; a field without a {@code @param} fails the build.
 */
final class ResultTypeTable {

    private static final Pattern PARAM = Pattern.compile("^@param\\s+(\\w+)\\s*(.*)$");

    private final Path root;
    private final ClassLoader loader;

    ResultTypeTable(Path root, ClassLoader loader) {
        this.root = root;
        this.loader = loader;
    }

    List<String> render(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("The result type " + className + " is not on the class path");
        }
        if (!type.isRecord()) {
            throw new IllegalArgumentException("The result type " + className + " is not a record");
        }
        Map<String, String> descriptions = paramDocs(type);
        boolean json = Stream.of(type.getRecordComponents()).anyMatch(c -> jsonName(c) != null);
        MarkdownTable table = json
                ? new MarkdownTable("Field", "JSON", "Type", "Description")
                : new MarkdownTable("Field", "Type", "Description");
        for (RecordComponent component : type.getRecordComponents()) {
            String description = descriptions.get(component.getName());
            if (description == null || description.isBlank()) {
                throw new IllegalStateException(
                        type.getSimpleName() + "." + component.getName() + " has no @param in the "
                                                + "record's javadoc: describe it there, the reference's table is written from it");
            }
            String field = MarkdownTable.code(component.getName() + "()");
            String javaType = MarkdownTable.code(DescriptorTables.shortType(component.getGenericType().getTypeName()));
            if (json) {
                table.row(field, MarkdownTable.code(jsonName(component)), javaType, MarkdownTable.text(description));
            } else {
                table.row(field, javaType, MarkdownTable.text(description));
            }
        }
        return table.lines();
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property == null || property.value().isEmpty() ? null : property.value();
    }

    /** The {@code @param} texts of the record's javadoc, read from its source file. */
    private Map<String, String> paramDocs(Class<?> type) {
        String source = read(sourceFile(type));
        Matcher declaration = Pattern.compile("\\brecord\\s+" + type.getSimpleName() + "\\s*\\(").matcher(source);
        if (!declaration.find()) {
            throw new IllegalStateException("Cannot find the declaration of " + type.getName() + " in its source");
        }
        int end = source.lastIndexOf("*/", declaration.start());
        int start = end < 0 ? -1 : source.lastIndexOf("/**", end);
        if (start < 0 || !source.substring(end + 2, declaration.start()).replaceAll("@\\w+(\\([^)]*\\))?", "")
                .replaceAll("\\b(public|static|final)\\b", "").isBlank()) {
            throw new IllegalStateException(type.getName() + " has no javadoc to describe its fields with @param");
        }
        Map<String, String> params = new LinkedHashMap<>();
        String current = null;
        for (String raw : source.substring(start + 3, end).split("\n")) {
            String line = raw.strip().replaceFirst("^\\*\\s?", "").strip();
            Matcher param = PARAM.matcher(line);
            if (param.matches()) {
                current = param.group(1);
                params.put(current, param.group(2));
            } else if (line.startsWith("@")) {
                current = null;
            } else if (current != null && !line.isEmpty()) {
                params.merge(current, line, (before, more) -> before + " " + more);
            }
        }
        params.replaceAll((name, text) -> javadocToText(text));
        return params;
    }

    /** {@code {@link X#y()}} as {@code X.y()}, {@code {@link #y()}} as {@code y()}, {@code {@code z}} as {@code z}. */
    private static String javadocToText(String text) {
        Matcher tag = Pattern.compile("\\{@(?:link|linkplain|code)\\s+([^}]*)}").matcher(text);
        StringBuilder plain = new StringBuilder();
        while (tag.find()) {
            String target = tag.group(1).strip();
            target = target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
            tag.appendReplacement(plain, Matcher.quoteReplacement(target));
        }
        tag.appendTail(plain);
        return plain.toString().strip();
    }

    private Path sourceFile(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        String relative = "src/main/java/" + outer.getName().replace('.', '/') + ".java";
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            modules.map(module -> module.resolve(relative)).filter(Files::isRegularFile).forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.size() != 1) {
            throw new IllegalStateException(
                    "Expected one source file " + relative + " in the repository's modules, found "
                                            + found.size());
        }
        return found.get(0);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
