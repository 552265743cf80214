package io.github.camelbitrix24.notify.client.stats;

/** An OAuth session that can tell its figures. */
public interface OAuthView {

    OAuthFigures figures();
}
