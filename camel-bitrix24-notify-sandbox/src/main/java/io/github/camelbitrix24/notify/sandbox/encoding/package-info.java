/**
 * How values travel to and from the portal: JSON, PHP-style query strings and PHP arrays (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.encoding;
