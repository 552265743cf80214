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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be checked of a shell block without running it here (Camel JBang, kubectl and the portal are not on the
 * build's machines): every command is one of the few the docs use; every file or directory of the repository it names
 * exists; every Maven module ({@code -pl}) and profile ({@code -P}) exists; a {@code mvn:} coordinate of this project
 * names one of its modules at its version; a jar under a module's target/ is named as that module builds it.
 */
final class ShellCommands {

    /** The commands a shell block of the docs may run. */
    static final Set<String> ALLOWED = Set.of("mvn", "java", "camel", "kubectl", "curl", "mkdir", "mv", "chmod", "export",
            "cd");

    private static final Pattern COORDINATE = Pattern.compile("mvn:io\\.github\\.camelbitrix24:([\\w.-]+):([\\w.-]+)");

    private final Path root;
    private final String version;

    ShellCommands(Path root, String version) {
        this.root = root;
        this.version = version;
    }

    /** The problems of one block, empty when it passes. */
    List<String> check(List<String> block) {
        List<String> problems = new ArrayList<>();
        Path cwd = root;
        for (String command : commands(block)) {
            List<String> words = new ArrayList<>(List.of(command.trim().split("\\s+")));
            while (!words.isEmpty() && words.get(0).matches("[A-Z_][A-Z0-9_]*=.*")) {
                words.remove(0);
            }
            if (words.isEmpty()) {
                continue;
            }
            String program = words.get(0);
            if (!ALLOWED.contains(program)) {
                problems.add("'" + program + "' is not one of the commands the docs may show " + ALLOWED + ": " + command);
                continue;
            }
            if (program.equals("cd")) {
                cwd = cwd.resolve(words.get(1)).normalize();
                if (!Files.isDirectory(cwd)) {
                    problems.add("cd to a directory that does not exist: " + words.get(1));
                    cwd = root;
                }
                continue;
            }
            if (program.equals("mvn")) {
                problems.addAll(checkMaven(words));
            }
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                if (words.get(i - 1).equals("-pl")) {
                    continue; // modules, checked above: a comma-separated list is no path
                }
                String value = word.startsWith("-") && word.contains("=") ? word.substring(word.indexOf('=') + 1) : word;
                Matcher coordinate = COORDINATE.matcher(value);
                if (coordinate.find()) {
                    checkModule(coordinate.group(1), problems, command);
                    if (!coordinate.group(2).equals(version)) {
                        problems.add(coordinate.group(0) + " is not the project's version " + version);
                    }
                } else if (isRepositoryPath(cwd, value)) {
                    checkPath(cwd, value, problems);
                }
            }
        }
        return problems;
    }

    /** The block's commands: comment lines out, continued lines joined. */
    static List<String> commands(List<String> block) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : block) {
            String stripped = line.strip();
            if (current.isEmpty() && (stripped.isEmpty() || stripped.startsWith("#"))) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
            } else {
                current.append(stripped);
                commands.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            commands.add(current.toString());
        }
        return commands;
    }

    private List<String> checkMaven(List<String> words) {
        List<String> problems = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("-pl") && i + 1 < words.size()) {
                modules.addAll(List.of(words.get(++i).split(",")));
            } else if (word.startsWith("-P")) {
                profiles.addAll(List.of((word.length() > 2 ? word.substring(2) : words.get(++i)).split(",")));
            }
        }
        for (String module : modules) {
            if (!Files.isRegularFile(root.resolve(module).resolve("pom.xml"))) {
                problems.add("mvn -pl " + module + ": no such module");
            }
        }
        for (String profile : profiles) {
            boolean found = false;
            for (String module : modules.isEmpty() ? List.of(".") : modules) {
                found |= read(root.resolve(module).resolve("pom.xml")).contains("<id>" + profile + "</id>");
            }
            if (!found) {
                problems.add("mvn -P" + profile + ": no such profile in " + (modules.isEmpty() ? "the parent" : modules));
            }
        }
        return problems;
    }

    /** A relative path whose first part is in the repository (not a file the reader creates, nor a URL). */
    private static boolean isRepositoryPath(Path cwd, String word) {
        if (!word.contains("/") || word.contains(":") || word.startsWith("/") || word.startsWith("~") || word.startsWith("$")) {
            return false;
        }
        String first = word.substring(0, word.indexOf('/'));
        return !first.isEmpty() && Files.exists(cwd.resolve(first));
    }

    private void checkPath(Path cwd, String word, List<String> problems) {
        Path path = cwd.resolve(word).normalize();
        Path relative = root.relativize(path);
        int target = relative.toString().replace('\\', '/').indexOf("/target/");
        if (target > 0) {
            // built by the build: the module must exist, and a jar must be named as it builds it
            String module = relative.getName(0).toString();
            checkModule(module, problems, word);
            String file = path.getFileName().toString();
            if (file.endsWith(".jar") && !file.equals(module + "-" + version + ".jar")) {
                problems.add(word + ": the module builds " + module + "-" + version + ".jar");
            }
        } else if (!Files.exists(path)) {
            problems.add(word + " does not exist in the repository");
        }
    }

    private void checkModule(String artifactId, List<String> problems, String where) {
        if (!read(root.resolve(artifactId).resolve("pom.xml")).contains("<artifactId>" + artifactId + "</artifactId>")) {
            problems.add(artifactId + " is no module of this build: " + where);
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
