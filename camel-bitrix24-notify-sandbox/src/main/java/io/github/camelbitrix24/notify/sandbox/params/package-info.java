/**
 * Where a call's parameters are read the way the portal reads them: {@link MethodParams} (names ignoring case)
 * through {@link PhpValues} (PHP's loose conversions), and the parameters with rules of their own: {@code LIMIT},
 * {@code LAST_ID}, {@code NOTIFY_ID}, {@code ATTACH}, {@code TAG}, the history search filters and the commands of a
 * batch. The query string and the body become parameters before, in {@code http.RequestParameters} (internal, not
 * API).
 */
package io.github.camelbitrix24.notify.sandbox.params;
