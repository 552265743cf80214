/**
 * How the polling consumer finds new notifications: the scan of im.notify.get pages oldest first, the delivery
 * cursor kept in a state repository, and read marks sent in lists.
 */
package io.github.camelbitrix24.notify.consumer;
