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
     * {@code PREVIEW}: the URL of a thumbnail. Without it clients show the full image as its own preview;
     * Bitrix24 recommends setting it.
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
