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
package io.github.camelbitrix24.notify.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints one figure per line, {@code name value}, numbers with a dot and at most three decimals. */
final class Figures {

    private final PrintStream out;

    Figures(PrintStream out) {
        this.out = out;
    }

    void print(String name, double value) {
        out.println(name + " " + String.format(Locale.ROOT, "%.3f", value));
        out.flush();
    }

    void print(String name, long value) {
        out.println(name + " " + value);
        out.flush();
    }
}
