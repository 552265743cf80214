package io.github.camelbitrix24.notify.api.stats;

/** An OAuth session that can tell its figures. */
public interface OAuthView {

    OAuthFigures figures();
}
