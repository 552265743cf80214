/*
 * Copyright The camel-bitrix24-notify maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelbitrix24.notify.sandbox;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One POST a portal made to an application's handler, and what the handler answered: the installation callback,
 * {@code ONAPPINSTALL}, {@code ONAPPUNINSTALL}, or any event posted with {@link SandboxPortal#postEvent}.
 *
 * @param event      {@link #INSTALLATION_CALLBACK} for the installation callback, else the event's code, e.g.
 *                   {@code ONAPPINSTALL}
 * @param url        where it was posted, with the query string the portal added (the installation callback's
 *                   {@code DOMAIN}, {@code PROTOCOL}, {@code LANG} and {@code APP_SID})
 * @param fields     the form fields of the body, in the order sent, PHP-style names ({@code auth[member_id]})
 * @param httpStatus the handler's HTTP status; 0 when it did not answer (refused connection, timeout)
 * @param answer     the handler's body as text, or why there was no answer
 */
public record EventDelivery(String event, URI url, Map<String, String> fields, int httpStatus, String answer) {

    /** The {@link #event()} of the installation callback. */
    public static final String INSTALLATION_CALLBACK = "installation callback";

    public EventDelivery {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A field of the body, e.g. {@code auth[application_token]}; null when the portal did not send it. */
    public String field(String name) {
        return fields.get(name);
    }

    /** Whether the handler answered 2xx. */
    public boolean accepted() {
        return httpStatus >= 200 && httpStatus < 300;
    }

    /** Never shows the fields: they carry tokens. */
    @Override
    public String toString() {
        return "EventDelivery[" + event + " to " + url.getScheme() + "://" + url.getAuthority() + url.getRawPath()
               + ", answered " + httpStatus + "]";
    }
}
