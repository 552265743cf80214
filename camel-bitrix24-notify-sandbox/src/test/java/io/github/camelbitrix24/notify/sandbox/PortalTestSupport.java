package io.github.camelbitrix24.notify.sandbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fresh sandbox per test class, emptied before each test, and a raw HTTP caller of user 1's webhook. */
abstract class PortalTestSupport {

    @RegisterExtension
    static final Bitrix24SandboxExtension PORTAL = new Bitrix24SandboxExtension();

    Bitrix24Sandbox sandbox;
    PortalHttpCaller client;

    @BeforeEach
    void freshPortal() {
        sandbox = PORTAL.sandbox();
        sandbox.reset();
        client = new PortalHttpCaller(sandbox.webhookUrl());
    }
}
