package io.github.camelbitrix24.notify.docs.examples;

import io.github.camelbitrix24.notify.docs.support.CamelMainRun;

/** The reference's Java DSL examples of the operations, {@link OperationRoutes}. */
class JavaOperationExamplesTest extends OperationExamplesContract {

    @Override
    CamelMainRun withRoutes(CamelMainRun run) {
        return run.routes(new OperationRoutes());
    }
}
