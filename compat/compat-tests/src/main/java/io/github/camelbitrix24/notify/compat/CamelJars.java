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
package io.github.camelbitrix24.notify.compat;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The org.apache.camel jars on this JVM's class path with their versions, read from their Maven repository paths: a row
 * whose pins missed one artifact shows it here, as a jar of another Camel version.
 */
public final class CamelJars {

    private static final Pattern CAMEL_JAR = Pattern.compile("org/apache/camel/([^/]+)/([^/]+)/\\1-\\2\\.jar$");

    private CamelJars() {
    }

    /** Artifact id to version, of every {@code org.apache.camel} jar on {@code java.class.path}. */
    public static Map<String, String> onClassPath() {
        Map<String, String> versions = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Matcher jar = CAMEL_JAR.matcher(entry.replace(File.separatorChar, '/'));
            if (jar.find()) {
                versions.put(jar.group(1), jar.group(2));
            }
        }
        return versions;
    }
}
