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

/** One image of an {@code IMAGE} block. Created by {@link Attach#image(String)}. */
public final class Image {

    private final String url;
    private String name;
    private String preview;
    private Integer width;
    private Integer height;

    Image(String url) {
        this.url = WireFields.required(url, "IMAGE url");
    }

    /** {@code NAME}: the name of the image. */
    public Image name(String name) {
        this.name = name;
        return this;
    }

    /**
     * {@code PREVIEW}: the URL of a thumbnail. Without it clients show the full image as its own preview; Bitrix24
     * recommends setting it.
     */
    public Image preview(String preview) {
        this.preview = preview;
        return this;
    }

    /** {@code WIDTH}: the width of the image in pixels; set it together with {@link #height(int)}. */
    public Image width(int width) {
        this.width = width;
        return this;
    }

    /** {@code HEIGHT}: the height of the image in pixels; set it together with {@link #width(int)}. */
    public Image height(int height) {
        this.height = height;
        return this;
    }

    Map<String, Object> toWire() {
        return new WireFields()
                .put("NAME", name)
                .put("LINK", url)
                .put("PREVIEW", preview)
                .put("WIDTH", width)
                .put("HEIGHT", height)
                .toMap();
    }
}
