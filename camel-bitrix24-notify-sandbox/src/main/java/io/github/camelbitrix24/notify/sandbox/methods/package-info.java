/**
 * One class per REST method the portal answers ({@code im.notify.get} by {@link NotifyGetMethod}, {@code batch} by
 * {@link BatchMethod}, ...) and {@link PortalMethods}, the table of the method names served. A method reads its
 * parameters with {@code params}, shapes its result with {@code results} and changes the portal in {@code store}
 * (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.methods;
