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

import java.util.Map;

import io.github.camelbitrix24.notify.sandbox.Bitrix24Sandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the sandbox portal before Quarkus starts the application, points {@code bitrix24.webhook-url} at it, and hands
 * it to the test's {@link InjectSandbox} field.
 */
public class SandboxPortal implements QuarkusTestResourceLifecycleManager {

    private Bitrix24Sandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = Bitrix24Sandbox.start();
        return Map.of("bitrix24.webhook-url", sandbox.webhookUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(sandbox,
                new TestInjector.AnnotatedAndMatchesType(InjectSandbox.class, Bitrix24Sandbox.class));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
