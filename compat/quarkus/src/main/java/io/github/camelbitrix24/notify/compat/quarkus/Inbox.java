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
package io.github.camelbitrix24.notify.compat.quarkus;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import io.github.camelbitrix24.notify.model.Notification;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

/** The end of the inbox route: keeps each notification it consumed, for whoever takes them. */
@ApplicationScoped
@Named("inbox")
public class Inbox implements Processor {

    private final BlockingQueue<Notification> received = new LinkedBlockingQueue<>();

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        received.add(exchange.getMessage().getMandatoryBody(Notification.class));
    }

    /** The next consumed notification, waiting up to the timeout; null if none came. */
    public Notification take(long timeout, TimeUnit unit) throws InterruptedException {
        return received.poll(timeout, unit);
    }

    /** The notifications consumed and not taken yet. */
    public List<Notification> pending() {
        return List.copyOf(received);
    }
}
