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
package io.github.camelbitrix24.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.spi.ContextServicePlugin;
import org.apache.camel.util.SensitiveUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each CamelContext which options of this component hold secrets, so that Camel masks them wherever it masks its
 * own: camel-main's summary of the properties it applied at start-up, sanitized endpoint URIs. Users need not name them
 * in {@code camel.main.additionalSensitiveKeywords}. Camel runs it while it builds a context, having found it in
 * {@code META-INF/services/org.apache.camel.spi.ContextServicePlugin}.
 * <p>
 * Camel 4.14 runs the plugin but has no additional sensitive keywords (ExtendedCamelContext gained them after 4.14.4):
 * there it only warns, once, that camel-main's summaries show {@code webhookUrl} unmasked.
 */
public final class SecretOptionsPlugin implements ContextServicePlugin {

    /** The options marked {@code secret}: the webhook holds its code in its path, the others are OAuth credentials. */
    static final List<String> SECRET_OPTIONS = List.of("webhookUrl", "accessToken", "refreshToken", "clientSecret");

    private static final Logger LOG = LoggerFactory.getLogger(SecretOptionsPlugin.class);
    private static final boolean CAMEL_TAKES_KEYWORDS = camelTakesAdditionalKeywords();
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    @Override
    public void load(CamelContext context) {
        addTo(context);
    }

    /**
     * Adds the secret options Camel does not know as sensitive by itself to the context's additional sensitive
     * keywords, after those already listed (the user's own); does nothing when they are all there.
     */
    static void addTo(CamelContext context) {
        if (!CAMEL_TAKES_KEYWORDS) {
            warnOnce(context);
            return;
        }
        ExtendedCamelContext extension = context.getCamelContextExtension();
        String listed = extension.getAdditionalSensitiveKeywords();
        Set<String> known = listed == null
                ? Set.of() : Arrays.stream(listed.split(","))
                        .map(keyword -> keyword.trim().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
        String missing = SECRET_OPTIONS.stream()
                .filter(option -> !SensitiveUtils.containsSensitive(option) && !known.contains(option.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(","));
        if (!missing.isEmpty()) {
            extension.setAdditionalSensitiveKeywords(listed == null || listed.isBlank() ? missing : listed + "," + missing);
        }
    }

    /** False on Camel 4.14, whose ExtendedCamelContext has no additional sensitive keywords (calling them fails). */
    private static boolean camelTakesAdditionalKeywords() {
        try {
            ExtendedCamelContext.class.getMethod("getAdditionalSensitiveKeywords");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static void warnOnce(CamelContext context) {
        if (WARNED.compareAndSet(false, true)) {
            LOG.warn("Camel {} cannot be told that bitrix24-notify's webhookUrl holds a secret (it has no additional "
                     + "sensitive keywords): camel-main's start-up summaries show a webhookUrl set in a properties file, "
                     + "or a placeholder named like it, unmasked. Set camel.main.autoConfigurationLogSummary=false, or "
                     + "run on Camel 4.18 or later",
                    context.getVersion());
        }
    }
}
