package io.github.camelbitrix24.notify.docs.examples;

import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

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
