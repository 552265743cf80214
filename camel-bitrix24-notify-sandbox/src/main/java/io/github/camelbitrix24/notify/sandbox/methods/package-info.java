/**
 * The portal's REST methods, their parameters, results and errors, and the call log (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.methods;
