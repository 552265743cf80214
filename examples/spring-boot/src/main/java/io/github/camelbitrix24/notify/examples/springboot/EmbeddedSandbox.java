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
package io.github.camelbitrix24.notify.examples.springboot;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.github.camelbitrix24.notify.sandbox.RecordedCall;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.LifecycleStrategySupport;

/**
 * The sandbox portal the example runs against without a real one. It stops with Camel, showing what it received: once
 * Camel has stopped (after camel.main.duration-max-seconds, or on Ctrl+C), nothing else keeps the JVM running.
 */
final class EmbeddedSandbox implements CamelContextConfiguration {

    private final Bitrix24Sandbox sandbox;

    private EmbeddedSandbox(Bitrix24Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    static EmbeddedSandbox start() {
        return new EmbeddedSandbox(Bitrix24Sandbox.start());
    }

    String webhookUrl() {
        return sandbox.webhookUrl();
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        camelContext.addLifecycleStrategy(LifecycleStrategySupport.adapt(
                LifecycleStrategySupport.onCamelContextStopped(stopped -> close())));
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        // nothing to do once Camel runs
    }

    private void close() {
        System.out.println();
        System.out.println("The sandbox portal received:");
        for (RecordedCall call : sandbox.calls()) {
            System.out.println("  " + call.method() + " " + call.params());
        }
        sandbox.close();
    }
}
