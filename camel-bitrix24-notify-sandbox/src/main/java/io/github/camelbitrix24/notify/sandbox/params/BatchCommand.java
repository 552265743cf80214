package io.github.camelbitrix24.notify.sandbox.params;

import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.encoding.PhpQueryString;

/**
 * One command of a batch, {@code "method?param=value&..."}: the query is URL-encoded and PHP-style, like a GET
 * request's.
 */
public record BatchCommand(String method, Map<String, Object> params) {

    public static BatchCommand parse(String command) {
        int question = command.indexOf('?');
        String method = (question < 0 ? command : command.substring(0, question)).strip();
        String query = question < 0 ? "" : command.substring(question + 1);
        return new BatchCommand(method, PhpQueryString.parse(query));
    }
}
