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
package io.github.camelbitrix24.notify.client.call;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The one way to read a failed future: the {@link PortalException} inside its wrapping. */
public final class Failures {

    private Failures() {
    }

    /** The failure without the future's wrapping, whatever it is. */
    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The portal's error inside the wrapping; anything else becomes an {@link ErrorCodes#IO_ERROR} of unknown outcome,
     * since nothing tells whether the request left.
     */
    public static PortalException unwrap(Throwable failure) {
        Throwable cause = cause(failure);
        if (cause instanceof PortalException known) {
            return known;
        }
        return PortalException.noAnswer(ErrorCodes.IO_ERROR, cause.toString(), null, cause);
    }
}
