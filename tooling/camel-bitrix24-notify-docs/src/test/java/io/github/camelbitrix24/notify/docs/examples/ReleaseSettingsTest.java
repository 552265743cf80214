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
package io.github.camelbitrix24.notify.docs.examples;

import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's settings.xml entry names the server the release profile's Central publishing plugin uploads with. */
class ReleaseSettingsTest {

    @Test
    void theServerOfTheReadmeIsTheOneTheReleaseProfileUses() throws Exception {
        Document settings;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("snippets/settings.xml")) {
            settings = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of(System.getProperty("docs.root")).resolve("pom.xml").toFile());

        String server = settings.getElementsByTagName("server").item(0).getChildNodes().getLength() > 0
                ? settings.getElementsByTagName("id").item(0).getTextContent() : null;
        assertThat(pom.getElementsByTagName("publishingServerId").getLength()).isEqualTo(1);
        assertThat(server).isEqualTo(pom.getElementsByTagName("publishingServerId").item(0).getTextContent());
        assertThat(settings.getElementsByTagName("username").getLength()).isEqualTo(1);
        assertThat(settings.getElementsByTagName("password").getLength()).isEqualTo(1);
    }
}
