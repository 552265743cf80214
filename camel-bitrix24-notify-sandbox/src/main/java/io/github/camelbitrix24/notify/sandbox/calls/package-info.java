/**
 * How the portal runs a REST call once HTTP has delivered it: {@link RestDispatcher} finds the {@link RestMethod}
 * by name, runs it with its {@link CallContext}, refuses it over the operating limit ({@link OperatingLedger}) and
 * records its {@link MethodOutcome} in the {@link CallLog} (internal, not API).
 */
package io.github.camelbitrix24.notify.sandbox.calls;
