package io.github.camelbitrix24.notify.producer;

import io.github.camelbitrix24.notify.operation.NotifyParameter;

/** Where a Camel message gives the value of a parameter, besides its body: a header, then an endpoint option. */
public interface ParameterBinding {

    /** The header that sets the parameter for one message, or null when none does. */
    String header(NotifyParameter parameter);

    /** The endpoint option's value for the parameter, or null when none is set or no option sets it. */
    Object option(NotifyParameter parameter);

    /** The header of raw Bitrix24 parameters (a Map), applied last over every other source. */
    String rawParamsHeader();
}
