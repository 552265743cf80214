/**
 * The twelve operations described by data: each one's REST method, parameters, the portal's own checks, how its
 * result is read, and whether repeating it is harmless. A new im.notify method is one more entry here.
 */
package io.github.camelbitrix24.notify.operation;
