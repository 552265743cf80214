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
package io.github.camelbitrix24.notify.tooling.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generator on a repository of its own: what it writes, and how it tells the build that a page was out of date. */
class DocsGeneratorTest {

    @TempDir
    Path root;

    @Test
    void aStalePageIsRewrittenAndNamedOnceThenLeftAlone() throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/Example.java"), """
                class Example {
                    void configure() {
                        // tag::route[]
                        from("direct:a")
                            .to("bitrix24-notify:notify?userId=5");
                        // end::route[]
                    }
                }
                """);
        Files.writeString(root.resolve("README.md"), """
                # Title

                <!-- snippet: src/Example.java#route -->
                ```java
                from("direct:a").to("an old version");
                ```

                <!-- component options: START -->
                | an old table |
                <!-- component options: END -->
                """);
        Files.writeString(root.resolve("docs/guide.md"), "# Nothing generated here\n");
        Path drift = root.resolve("target/docs-drift");

        DocsGenerator.main(new String[] { root.toString(), drift.toString() });

        String readme = Files.readString(root.resolve("README.md"));
        assertThat(readme).contains("""
                <!-- snippet: src/Example.java#route -->
                ```java
                from("direct:a")
                    .to("bitrix24-notify:notify?userId=5");
                ```""");
        assertThat(readme).doesNotContain("an old").contains("## Component options", "| **webhookUrl** (security) |");
        assertThat(Files.readAllLines(drift.resolve(DocsGenerator.DRIFT_FILE))).containsExactly("README.md");

        DocsGenerator.main(new String[] { root.toString(), drift.toString() });

        assertThat(Files.readAllLines(drift.resolve(DocsGenerator.DRIFT_FILE))).isEmpty();
        assertThat(Files.readString(root.resolve("README.md"))).isEqualTo(readme);
    }

    @Test
    void theStarterAndKameletTablesAreRenderedAndAHandEditIsUndone() throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Path kamelets = Files.createDirectories(root.resolve(KameletTables.DIRECTORY));
        Files.writeString(kamelets.resolve("demo-sink.kamelet.yaml"), """
                apiVersion: camel.apache.org/v1
                kind: Kamelet
                metadata:
                  name: demo-sink
                  annotations:
                    camel.apache.org/kamelet.support.level: "Preview"
                  labels:
                    camel.apache.org/kamelet.type: "sink"
                spec:
                  definition:
                    title: "Demo Sink"
                    description: |-
                      Sends the body somewhere.
                    required:
                      - secretUrl
                    properties:
                      secretUrl:
                        title: Secret URL
                        description: "Where to, with a code: keep it secret."
                        type: string
                        format: password
                      type:
                        title: Type
                        description: What kind
                        type: string
                        default: USER
                        enum: ["USER", "SYSTEM"]
                        example: SYSTEM
                """);
        Files.writeString(root.resolve("README.md"), """
                <!-- component summary: START -->
                <!-- component summary: END -->

                <!-- spring boot options: START -->
                <!-- spring boot options: END -->
                """);
        Files.writeString(root.resolve("docs/kamelets.md"), """
                <!-- kamelets: START -->
                <!-- kamelets: END -->
                """);
        Path drift = root.resolve("target/docs-drift");

        DocsGenerator.main(new String[] { root.toString(), drift.toString() });

        String readme = Files.readString(root.resolve("README.md"));
        assertThat(readme).contains(
                "**Since 0.1.0** · **Support level: Preview** · **Both producer and consumer are supported**",
                "### Spring Boot auto-configuration",
                "| **camel.component.bitrix24-notify.request-timeout** | How long to wait for the portal's answer",
                "| `60s` | `Duration` |",
                "| **camel.component.bitrix24-notify.customizer.enabled** |");
        assertThat(Files.readString(root.resolve("docs/kamelets.md"))).contains("## demo-sink",
                "**Demo Sink** · **sink** · **Support level: Preview**", "Sends the body somewhere.",
                "| **secretUrl** | Secret URL | **Required** **Secret** Where to, with a code: keep it secret. | `string` |  |  |",
                "| **type** | Type | What kind. One of: `USER`, `SYSTEM`. | `string` | `USER` | `SYSTEM` |");
        assertThat(Files.readAllLines(drift.resolve(DocsGenerator.DRIFT_FILE))).containsExactly("README.md",
                "docs/kamelets.md");

        // a row changed by hand is written back as the Kamelet file says, and the page named as out of date
        Files.writeString(root.resolve("docs/kamelets.md"),
                Files.readString(root.resolve("docs/kamelets.md")).replace("`USER` | `SYSTEM` |", "`SYSTEM` | `SYSTEM` |"));

        DocsGenerator.main(new String[] { root.toString(), drift.toString() });

        assertThat(Files.readAllLines(drift.resolve(DocsGenerator.DRIFT_FILE))).containsExactly("docs/kamelets.md");
        assertThat(Files.readString(root.resolve("docs/kamelets.md"))).contains("| `string` | `USER` | `SYSTEM` |");
    }

    @Test
    void aHeaderConstantIsShownWithItsClass() {
        assertThat(DescriptorTables.constant("io.github.camelbitrix24.notify.Bitrix24NotifyConstants#OPERATION"))
                .isEqualTo("Bitrix24NotifyConstants.OPERATION");
        assertThat(DescriptorTables.constant(null)).isEmpty();
    }

    @Test
    void aSnippetOfAMissingRegionFailsTheBuildNamingIt() throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("Example.java"), "// tag::other[]\nx();\n// end::other[]\n");
        Files.writeString(root.resolve("README.md"), "<!-- snippet: Example.java#route -->\n```java\n```\n");

        assertThatThrownBy(() -> DocsGenerator.main(new String[] { root.toString(), root.resolve("drift").toString() }))
                .hasMessageContaining("Example.java#route").hasMessageContaining("tag::route[]");
    }

    @Test
    void aRegionLosesItsIndentationAndItsInnerTags() {
        List<String> region = SourceRegion.region(List.of(
                "    // tag::a[]",
                "    one();",
                "    // tag::b[]",
                "        two();",
                "    // end::b[]",
                "    // end::a[]"), "a", "test#a");

        assertThat(region).containsExactly("one();", "    two();");
    }

    @Test
    void aWholeFileSnippetLeavesItsLicenceHeaderOut() throws IOException {
        String licence = """
                Copyright The camel-bitrix24-notify maintainers

                Licensed under the Apache License, Version 2.0 (the "License");
                you may not use this file except in compliance with the License.

                     http://www.apache.org/licenses/LICENSE-2.0

                See the License for the specific language governing permissions and
                limitations under the License.
                """;
        Files.writeString(root.resolve("limits.properties"), "## ----\n" + licence.replaceAll("(?m)^", "## ") + "## ----\n"
                                                             + "# the plan\ncamel.component.bitrix24-notify.plan = ENTERPRISE\n");
        Files.writeString(root.resolve("route.camel.yaml"), "#\n" + licence.replaceAll("(?m)^", "# ") + "#\n\n"
                                                            + "# the route\n- from:\n    uri: timer:a\n");
        Files.writeString(root.resolve("route.xml"), "<?xml version=\"1.0\"?>\n<!--\n" + licence + "-->\n<routes/>\n");

        assertThat(SourceRegion.read(root, "limits.properties")).containsExactly("# the plan",
                "camel.component.bitrix24-notify.plan = ENTERPRISE");
        assertThat(SourceRegion.read(root, "route.camel.yaml")).containsExactly("# the route", "- from:", "    uri: timer:a");
        assertThat(SourceRegion.read(root, "route.xml")).containsExactly("<?xml version=\"1.0\"?>", "<routes/>");
    }

    @Test
    void aWholeFileSnippetKeepsACommentThatIsNoLicence() throws IOException {
        Files.writeString(root.resolve("app.properties"),
                "# the portal of the example\nportal = https://example.bitrix24.com\n");

        assertThat(SourceRegion.read(root, "app.properties")).containsExactly("# the portal of the example",
                "portal = https://example.bitrix24.com");
    }

    @Test
    void descriptionsShowAsTheDescriptorSaysNotAsMarkup() {
        assertThat(MarkdownTable.text("under bitrix24-notify:<routeId> | a *star*"))
                .isEqualTo("under bitrix24-notify:&lt;routeId&gt; \\| a \\*star\\*");
        assertThat(DescriptorTables.shortType("java.util.Map<java.lang.String, java.lang.Object>"))
                .isEqualTo("Map<String, Object>");
    }
}
