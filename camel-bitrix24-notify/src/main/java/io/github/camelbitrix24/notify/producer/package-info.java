/**
 * From a Camel message to a request: the one table-driven {@code RequestMapper} for every operation, value
 * conversion, and the ATTACH format.
 */
package io.github.camelbitrix24.notify.producer;
