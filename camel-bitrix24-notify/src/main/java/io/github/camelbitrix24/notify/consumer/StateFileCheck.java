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
package io.github.camelbitrix24.notify.consumer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.Optional;

/**
 * What in a FileStateRepository's file keeps Camel from loading it, read as Camel reads it: text in the JVM's default
 * charset, one {@code key=value} a line, one empty line allowed at the start and one at the end. Camel's repository
 * empties its file when a load fails, so the consumer checks the file before it lets Camel load it.
 */
final class StateFileCheck {

    private StateFileCheck() {
    }

    /** The first thing Camel cannot load, with its line; empty when the whole content loads. */
    static Optional<String> problem(byte[] content, Charset charset) {
        // a new decoder reports malformed input, as the one Camel reads with
        CharsetDecoder decoder = charset.newDecoder();
        ByteBuffer bytes = ByteBuffer.wrap(content);
        CharBuffer text = CharBuffer.allocate((int) Math.ceil(content.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(bytes, text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        if (result.isError()) {
            int at = bytes.position();
            return Optional
                    .of(String.format("line %d is not text in %s (byte 0x%02X at offset %d)", lineAt(content, at), charset,
                            content[at] & 0xFF, at));
        }
        String[] lines = text.flip().toString().split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            boolean skipped = lines[index].isEmpty() && (index == 0 || index == lines.length - 1);
            if (!skipped && lines[index].indexOf('=') < 0) {
                return Optional.of("line " + (index + 1) + (lines[index].isBlank() ? " is empty" : " has no '='"));
            }
        }
        return Optional.empty();
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int index = 0; index < offset; index++) {
            if (content[index] == '\n') {
                line++;
            }
        }
        return line;
    }
}
