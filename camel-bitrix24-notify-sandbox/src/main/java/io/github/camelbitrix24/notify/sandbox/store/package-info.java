/**
 * The portal's in-memory state (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.store;
