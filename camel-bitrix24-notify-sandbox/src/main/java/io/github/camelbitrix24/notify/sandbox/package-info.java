/**
 * An in-memory Bitrix24 portal for tests and examples: {@link io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox}
 * serves the {@code im.notify.*} REST methods and {@code batch} over HTTP, records every call and lets tests seed
 * and inspect notifications, limits and faults. The sub-packages are its implementation, not API: a request goes
 * from {@code http} through {@code calls} to one of the {@code methods}, which reads {@code params}, changes the
 * {@code store} and answers with {@code results}.
 */
package io.github.camelbitrix24.notify.sandbox;
