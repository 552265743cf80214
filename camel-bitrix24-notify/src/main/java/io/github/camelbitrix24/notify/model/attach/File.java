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
