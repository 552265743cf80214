/**
 * The portal's in-memory state: every recipient's notifications, and the portal's rules for marking them read or
 * unread (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.store;
