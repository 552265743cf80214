/**
 * Tests of the encodings the portal reads, called directly rather than over HTTP.
 */
package io.github.camelbitrix24.notify.sandbox.encoding;
