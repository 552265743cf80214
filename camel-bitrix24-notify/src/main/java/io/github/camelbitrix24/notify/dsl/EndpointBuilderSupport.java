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
package io.github.camelbitrix24.notify.dsl;

import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Expression;
import org.apache.camel.NoSuchEndpointException;
import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.util.URISupport;

/**
 * What every builder of the generated {@link Bitrix24NotifyEndpointBuilderFactory} does, in the component's own jar so
 * that the typed DSL needs nothing beyond camel-core-model (Camel's AbstractEndpointBuilder, which its generated
 * builders extend, is in camel-endpointdsl, the jar of the builders of all of Camel's components).
 * <p>
 * It keeps the options as they are set and makes the endpoint URI from them, the query sorted by name as Camel
 * normalizes it: text, numbers, booleans and enums as text (property placeholders resolved by the context), any other
 * object bound in the context's registry and referenced as {@code #name}, a secret as {@code RAW(...)}, as the string
 * URIs of the documentation write it, so that both make the same endpoint. Shown ({@link #toString()}), the URI has the
 * values of the secret options masked, as Camel masks sensitive values in the URIs it logs.
 */
public abstract class EndpointBuilderSupport implements EndpointConsumerBuilder, EndpointProducerBuilder {

    /** What Camel writes for a sensitive value in a URI it shows. */
    static final String MASK = "xxxxxx";

    private final String scheme;
    private final String path;
    private final Set<String> secretOptions;
    private final Map<String, Object> options = new LinkedHashMap<>();
    /** The map options set key by key, such as {@code scheduler.*}, by option name. */
    private final Map<String, Map<String, Object>> multiValueOptions = new LinkedHashMap<>();

    /**
     * @param scheme        the component's scheme, or the name it was added to the context under
     * @param path          the path parameter, which may hold property placeholders
     * @param secretOptions the options whose values {@link #toString()} masks
     */
    protected EndpointBuilderSupport(String scheme, String path, Set<String> secretOptions) {
        this.scheme = scheme;
        this.path = path;
        this.secretOptions = Set.copyOf(secretOptions);
    }

    @Override
    public Endpoint resolve(CamelContext context) throws NoSuchEndpointException {
        Endpoint endpoint = context.getEndpoint(uri(context, true));
        if (endpoint == null) {
            throw new NoSuchEndpointException(toString());
        }
        return endpoint;
    }

    @Override
    public <T extends Endpoint> T resolve(CamelContext context, Class<T> endpointType) throws NoSuchEndpointException {
        return endpointType.cast(resolve(context));
    }

    /**
     * The URI as set, placeholders unresolved and text not encoded; an object as the registry name it is bound under.
     */
    @Override
    public String getRawUri() {
        return uri(null, false);
    }

    /** For {@code toD}: the URI not encoded, so that the simple language reads the expressions in it. */
    @Override
    public Expression expr(CamelContext context) {
        return context.resolveLanguage("simple").createExpression(uri(context, false));
    }

    @Override
    public void doSetProperty(String name, Object value) {
        options.put(name, value);
    }

    @Override
    public void doSetMultiValueProperty(String name, String key, Object value) {
        multiValueOptions.computeIfAbsent(name, option -> new LinkedHashMap<>()).put(key, value);
    }

    @Override
    public void doSetMultiValueProperties(String name, String prefix, Map<String, Object> values) {
        values.forEach((key, value) -> doSetMultiValueProperty(name, prefix + key, value));
    }

    /**
     * The URI as Camel shows the endpoint it makes (normalized, then sanitized), with the values of the secret options
     * masked even where no context has told Camel which options are secret.
     */
    @Override
    public String toString() {
        Map<String, Object> query = query(null);
        query.replaceAll((name, value) -> secretOptions.contains(name) ? MASK : value);
        String uri = uri(path, query, true);
        try {
            uri = URISupport.normalizeUri(uri);
        } catch (URISyntaxException e) {
            // shown as built: a path with placeholders, say, is no URI yet
        }
        return URISupport.sanitizeUri(uri);
    }

    private String uri(CamelContext context, boolean encode) {
        String target = context == null ? path : context.resolvePropertyPlaceholders(path);
        return uri(target, query(context), encode);
    }

    private String uri(String target, Map<String, Object> query, boolean encode) {
        String uri = scheme + ":" + target;
        return query.isEmpty() ? uri : uri + (target.contains("?") ? "&" : "?") + URISupport.createQueryString(query, encode);
    }

    /** The query parameters sorted by name; with a context, placeholders resolved and objects bound in its registry. */
    private Map<String, Object> query(CamelContext context) {
        Map<String, Object> query = new TreeMap<>();
        options.forEach((name, value) -> put(query, name, value, context));
        multiValueOptions.values().forEach(values -> values.forEach((name, value) -> put(query, name, value, context)));
        return query;
    }

    private void put(Map<String, Object> query, String name, Object value, CamelContext context) {
        if (value instanceof String text) {
            String resolved
                    = context == null ? text : context.getCamelContextExtension().resolvePropertyPlaceholders(text, true);
            // an optional placeholder ({{?name}}) that resolves to nothing leaves the option out
            if (resolved != null && !resolved.startsWith(PropertiesComponent.PREFIX_OPTIONAL_TOKEN)) {
                query.put(name, secretOptions.contains(name) ? raw(resolved) : resolved);
            }
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            query.put(name, value.toString());
        } else if (value != null) {
            // an object travels through the registry, under a name of its identity, as Camel's builders bind it
            String reference = Integer.toHexString(System.identityHashCode(value));
            if (context != null) {
                context.getRegistry().bind(reference, value);
            }
            query.put(name, "#" + reference);
        }
    }

    /**
     * A secret as Camel's documentation writes one in a URI, {@code RAW(...)}: taken as it is, never decoded, and the
     * same endpoint as the string URI written so.
     */
    private static String raw(String value) {
        if (value.startsWith("RAW(") || value.startsWith("RAW{")) {
            return value;
        }
        return value.contains(")") ? "RAW{" + value + "}" : "RAW(" + value + ")";
    }
}
