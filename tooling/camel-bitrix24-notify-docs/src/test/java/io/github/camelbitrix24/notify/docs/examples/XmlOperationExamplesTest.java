package io.github.camelbitrix24.notify.docs.examples;

import io.github.camelbitrix24.notify.docs.support.CamelMainRun;

/** The reference's XML DSL examples of the operations, snippets/operations.camel.xml. */
class XmlOperationExamplesTest extends OperationExamplesContract {

    @Override
    CamelMainRun withRoutes(CamelMainRun run) {
        return run.routeFiles("classpath:snippets/operations.camel.xml");
    }
}
