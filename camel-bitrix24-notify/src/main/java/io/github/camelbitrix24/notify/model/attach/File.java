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
package io.github.camelbitrix24.notify.model.attach;

import java.util.Map;

/** One file of a {@code FILE} block. Created by {@link Attach#file(String)}. */
public final class File {

    private final String url;
    private String name;
    private Long size;

    File(String url) {
        this.url = WireFields.required(url, "FILE url");
    }

    /** {@code NAME}: the file name shown. */
    public File name(String name) {
        this.name = name;
        return this;
    }

    /** {@code SIZE}: the size in bytes; without it the file is shown without a correct size. */
    public File size(long size) {
        this.size = size;
        return this;
    }

    Map<String, Object> toWire() {
        return new WireFields()
                .put("NAME", name)
                .put("LINK", url)
                .put("SIZE", size)
                .toMap();
    }
}
