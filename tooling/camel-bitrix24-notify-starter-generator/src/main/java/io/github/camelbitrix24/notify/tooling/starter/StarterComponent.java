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
package io.github.camelbitrix24.notify.tooling.starter;

import java.util.Comparator;
import java.util.List;

import org.apache.camel.tooling.model.ComponentModel;

/**
 * What the starter of one component is made of: its package, class name and property prefix, derived from the component
 * as camel-spring-boot derives them, and one property per component option, in the descriptor's order.
 */
record StarterComponent(String scheme, String description, String prefix, String packageName,
        String configurationClassName, List<StarterProperty> properties) {

    static StarterComponent of(ComponentModel model) {
        String componentClass = model.getJavaType();
        int lastDot = componentClass.lastIndexOf('.');
        String simpleName = componentClass.substring(lastDot + 1);
        if (!simpleName.endsWith("Component")) {
            throw new IllegalArgumentException(
                    "The component class " + componentClass + " does not end with Component: "
                                               + "cannot name its starter's configuration class");
        }
        List<StarterProperty> properties = model.getComponentOptions().stream()
                .sorted(Comparator.comparingInt(ComponentModel.ComponentOptionModel::getIndex))
                .map(StarterProperty::new).toList();
        properties.stream().filter(property -> List.of("enabled", "customizer").contains(property.name())).findFirst()
                .ifPresent(property -> {
                    throw new IllegalArgumentException(
                            "The component option " + property.name() + " clashes with the "
                                                       + "starter's own camel.component." + model.getScheme() + "."
                                                       + property.name() + " switch");
                });
        return new StarterComponent(
                model.getScheme(), model.getDescription(), "camel.component." + model.getScheme(),
                componentClass.substring(0, lastDot) + ".springboot", simpleName + "Configuration", properties);
    }

    /** The source file of the configuration class, relative to a source root. */
    String configurationClassFile() {
        return packageName.replace('.', '/') + "/" + configurationClassName + ".java";
    }
}
