/**
 * The sandbox's own tests: the portal seen from outside, over real HTTP and through its public API, one class per
 * REST method or concern. {@link PortalTestSupport} gives each a fresh portal and {@link PortalHttpCaller}, the raw
 * HTTP caller they all share.
 */
package io.github.camelbitrix24.notify.sandbox;
