/**
 * The values routes send and receive: notifications and their pages, users, modules, send requests, read from and
 * written to Bitrix24 JSON with Jackson.
 */
package io.github.camelbitrix24.notify.model;
