/**
 * The Bitrix24 attachment ({@code ATTACH}): {@link io.github.camelbitrix24.notify.model.attach.Attach}, its builder,
 * one class for each kind of block, and the list of block kinds the portal knows.
 */
package io.github.camelbitrix24.notify.model.attach;
