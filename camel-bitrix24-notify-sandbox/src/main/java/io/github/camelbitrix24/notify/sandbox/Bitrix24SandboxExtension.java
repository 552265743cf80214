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

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: a fresh sandbox portal for each test class, closed after it.
 *
 * <pre>
 * {@code
 * &#64;RegisterExtension
 * static Bitrix24SandboxExtension portal = new Bitrix24SandboxExtension();
 *
 * &#64;Test
 * void sends(Bitrix24Sandbox sandbox) { ... }   // or portal.sandbox()
 * }
 * </pre>
 *
 * {@code @Nested} classes share their enclosing class's portal.
 */
public final class Bitrix24SandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private Bitrix24Sandbox sandbox;
    /** Nested test classes run inside their enclosing class's lifetime and share its portal. */
    private int activeClasses;

    /** The running portal of the current test class. */
    public synchronized Bitrix24Sandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException(
                    "The Bitrix24 sandbox runs only while a test class runs: register "
                                            + "Bitrix24SandboxExtension in a static field with @RegisterExtension, or with @ExtendWith");
        }
        return sandbox;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (activeClasses == 0) {
            sandbox = Bitrix24Sandbox.start();
        }
        activeClasses++;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        // JUnit calls this even when beforeAll failed to start the portal
        if (activeClasses > 0 && --activeClasses == 0) {
            sandbox.close();
            sandbox = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Bitrix24Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox();
    }
}
