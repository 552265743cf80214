/**
 * How values travel to and from the portal: JSON, PHP-style query strings and arrays, and dates in the portal's
 * format (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.encoding;
