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
package io.github.camelbitrix24.notify.tooling.dsl;

import java.util.Comparator;
import java.util.List;

import org.apache.camel.tooling.model.ComponentModel;

/**
 * What the endpoint DSL of one component is made of: the names Camel's EndpointDslMojo derives from the component (the
 * builders after its class, {@code TelegramComponent} giving {@code TelegramEndpointBuilder}; the factory method after
 * its scheme, {@code bitrix24-notify} giving {@code bitrix24Notify}), its path parameter, its query options in the
 * descriptor's order, and its headers.
 */
record DslComponent(ComponentModel model, String packageName, String baseName, String methodName,
        ComponentModel.EndpointOptionModel path, List<DslOption> options) {

    static DslComponent of(ComponentModel model) {
        String componentClass = model.getJavaType();
        int lastDot = componentClass.lastIndexOf('.');
        String simpleName = componentClass.substring(lastDot + 1);
        if (!simpleName.endsWith("Component") || simpleName.equals("Component")) {
            throw new IllegalArgumentException(
                    "The component class " + componentClass + " does not end with Component: cannot name its builders");
        }
        if (model.isConsumerOnly() || model.isProducerOnly()) {
            throw new IllegalArgumentException(
                    "The " + model.getScheme() + " component is consumer or producer only: this generator writes the"
                                               + " builders of a component that is both");
        }
        List<ComponentModel.EndpointOptionModel> paths = model.getEndpointPathOptions();
        if (paths.size() != 1) {
            throw new IllegalArgumentException(
                    "The " + model.getScheme() + " component has " + paths.size() + " path parameters: this generator"
                                               + " writes the builders of a component with one");
        }
        List<DslOption> options = model.getEndpointParameterOptions().stream()
                .sorted(Comparator.comparingInt(ComponentModel.EndpointOptionModel::getIndex)).map(DslOption::new).toList();
        return new DslComponent(
                model, componentClass.substring(0, lastDot) + ".dsl",
                simpleName.substring(0, simpleName.length() - "Component".length()), camelCase(model.getScheme()),
                paths.get(0), options);
    }

    /** {@code bitrix24-notify} as {@code bitrix24Notify}. */
    static String camelCase(String dashed) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : dashed.toCharArray()) {
            if (c == '-' || c == '.' || c == '+') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    String factoryName() {
        return baseName + "EndpointBuilderFactory";
    }

    /** The source file of the factory, relative to a source root. */
    String factoryFile() {
        return packageName.replace('.', '/') + "/" + factoryName() + ".java";
    }

    /** The names of the secret options, which the builders mask when they show their URI. */
    List<String> secretOptions() {
        return options.stream().filter(DslOption::isSecret).map(DslOption::name).sorted().toList();
    }

    List<ComponentModel.EndpointHeaderModel> headers() {
        return model.getEndpointHeaders();
    }
}
