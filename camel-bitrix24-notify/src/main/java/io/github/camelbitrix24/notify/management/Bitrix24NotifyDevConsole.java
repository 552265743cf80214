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
package io.github.camelbitrix24.notify.management;

import java.util.List;
import java.util.Map;

import io.github.camelbitrix24.notify.client.stats.PortalFigures;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;

/**
 * The {@code bitrix24-notify} dev console: for every portal the limiter, batches, retries, OAuth tokens and health, for
 * every consumer its cursor, last poll and backlog, and the completion threads, as camel-main's
 * {@code /q/dev/bitrix24-notify} and the Camel CLI show them.
 */
@DevConsole(name = "bitrix24-notify", displayName = "Bitrix24 Notify",
            description = "Bitrix24 portals (limits, batches, retries, OAuth, health) and notification consumers")
public class Bitrix24NotifyDevConsole extends AbstractDevConsole {

    public Bitrix24NotifyDevConsole() {
        super("camel", "bitrix24-notify", "Bitrix24 Notify",
              "Bitrix24 portals (limits, batches, retries, OAuth, health) and notification consumers");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (FigureSource source : sources()) {
            List<PortalFigures> portals = source.portals();
            if (!portals.isEmpty()) {
                text.append(FiguresText.completionThreads(source.completionThreads())).append('\n');
            }
            portals.forEach(portal -> text.append(FiguresText.portal(portal)).append('\n'));
            source.consumers().forEach(consumer -> text.append(FiguresText.consumer(consumer)).append('\n'));
        }
        return text.isEmpty() ? "No Bitrix24 portal called yet\n" : text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        return FiguresJson.of(sources());
    }

    /** Every bitrix24-notify component of the context: each has its figures' MBean service. */
    private List<FigureSource> sources() {
        return getCamelContext().hasServices(Bitrix24NotifyMBean.class).stream().map(Bitrix24NotifyMBean::source).toList();
    }
}
