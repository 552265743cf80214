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
package io.github.camelbitrix24.notify.model.attach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The attachment as a whole: its wire form, order, copies, equality, and what the builder refuses. */
class AttachTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void fullExampleHasTheDocumentedWireForm() throws Exception {
        Attach attach = Attach.builder()
                .id(7)
                .colorToken("primary")
                .color("#29619b")
                .message("Build [B]#42[/B] failed")
                .link(Attach.link("Pipeline").url("https://ci.example/42").desc("Open the run"))
                .user(Attach.user("John Smith").avatar("https://ci.example/a.png").link("https://ci.example/u"))
                .grid(Attach.grid().item("Branch", "main").item("Duration", "3m", "LINE", 100))
                .image("https://example/img.png", "Screenshot")
                .file("https://example/report.pdf", "report.pdf", 1500000L)
                .delimiter()
                .build();

        assertThat(mapper.writeValueAsString(attach)).isEqualTo("{\"ID\":7,\"COLOR_TOKEN\":\"primary\","
                                                                + "\"COLOR\":\"#29619b\",\"BLOCKS\":["
                                                                + "{\"MESSAGE\":\"Build [B]#42[/B] failed\"},"
                                                                + "{\"LINK\":{\"NAME\":\"Pipeline\",\"LINK\":\"https://ci.example/42\",\"DESC\":\"Open the run\"}},"
                                                                + "{\"USER\":{\"NAME\":\"John Smith\",\"AVATAR\":\"https://ci.example/a.png\","
                                                                + "\"LINK\":\"https://ci.example/u\"}},"
                                                                + "{\"GRID\":[{\"NAME\":\"Branch\",\"VALUE\":\"main\",\"DISPLAY\":\"BLOCK\"},"
                                                                + "{\"NAME\":\"Duration\",\"VALUE\":\"3m\",\"DISPLAY\":\"LINE\",\"WIDTH\":100}]},"
                                                                + "{\"IMAGE\":[{\"NAME\":\"Screenshot\",\"LINK\":\"https://example/img.png\"}]},"
                                                                + "{\"FILE\":[{\"NAME\":\"report.pdf\",\"LINK\":\"https://example/report.pdf\",\"SIZE\":1500000}]},"
                                                                + "{\"DELIMITER\":{}}]}");
    }

    @Test
    void docsBugTrackerCardIsReproducedExactly() throws Exception {
        // Example 1 of the ATTACH constructor page (a short form there), with the texts shortened
        String docs = "[{\"USER\":{\"NAME\":\"Mantis Notifications\","
                      + "\"AVATAR\":\"https://files.shelenkov.com/bitrix/images/mantis2.jpg\","
                      + "\"LINK\":\"https://shelenkov.com/\"}},"
                      + "{\"LINK\":{\"NAME\":\"Open Mantis from external network\",\"LINK\":\"https://shelenkov.com/\"}},"
                      + "{\"DELIMITER\":{\"SIZE\":200,\"COLOR\":\"#c6c6c6\"}},"
                      + "{\"GRID\":[{\"NAME\":\"Project\",\"VALUE\":\"BUGS\",\"DISPLAY\":\"LINE\",\"WIDTH\":100},"
                      + "{\"NAME\":\"Category\",\"VALUE\":\"im\",\"DISPLAY\":\"LINE\",\"WIDTH\":100},"
                      + "{\"NAME\":\"Summary\",\"VALUE\":\"It is necessary...\",\"DISPLAY\":\"BLOCK\"}]},"
                      + "{\"DELIMITER\":{\"SIZE\":200,\"COLOR\":\"#c6c6c6\"}},"
                      + "{\"GRID\":[{\"NAME\":\"New Request\",\"VALUE\":\"\",\"DISPLAY\":\"ROW\",\"WIDTH\":100},"
                      + "{\"NAME\":\"Assigned To\",\"VALUE\":\"Eugene Shelenkov\",\"DISPLAY\":\"ROW\",\"WIDTH\":100}]}]";

        Attach attach = Attach.builder()
                .user(Attach.user("Mantis Notifications")
                        .avatar("https://files.shelenkov.com/bitrix/images/mantis2.jpg")
                        .link("https://shelenkov.com/"))
                .link("Open Mantis from external network", "https://shelenkov.com/")
                .delimiter(200, "#c6c6c6")
                .grid(Attach.grid()
                        .item("Project", "BUGS", "LINE", 100)
                        .item("Category", "im", "LINE", 100)
                        .item(Attach.gridItem("Summary", "It is necessary...").display("BLOCK")))
                .delimiter(200, "#c6c6c6")
                .grid(Attach.grid().display("ROW").item(Attach.gridItem("New Request", "").width(100))
                        .item(Attach.gridItem("Assigned To", "Eugene Shelenkov").width(100)))
                .build();

        assertThat(mapper.valueToTree(attach).get("BLOCKS")).isEqualTo(mapper.readTree(docs));
    }

    @Test
    void onlyBlocksWhenNoMetadataIsSet() {
        Map<String, Object> wire = Attach.builder().message("hi").build().toMap();

        assertThat(wire).containsOnlyKeys("BLOCKS");
        assertThat(wire.get("BLOCKS")).isEqualTo(List.of(Map.of("MESSAGE", "hi")));
    }

    @Test
    void blocksKeepTheOrderTheyWereAddedIn() {
        Attach attach = Attach.builder().delimiter().message("a").image("https://a", null).message("b").build();

        assertThat(blockTypes(attach)).containsExactly("DELIMITER", "MESSAGE", "IMAGE", "MESSAGE");
    }

    @Test
    void everyKindOfBlockIsBuiltUnderItsWireName() {
        Attach attach = Attach.builder()
                .message("m")
                .link("l", "https://a")
                .user(Attach.user("u"))
                .grid(Attach.grid().item("n", "v"))
                .image("https://a/i.png", null)
                .file("https://a/f.pdf", null, 1)
                .delimiter()
                .build();

        assertThat(blockTypes(attach)).containsExactlyElementsOf(
                Arrays.stream(AttachBlockKind.values()).map(AttachBlockKind::wireName).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void toMapIsAModifiableCopy() {
        Attach attach = Attach.builder().message("a").build();

        Map<String, Object> wire = attach.toMap();
        wire.put("COLOR", "#000000");
        ((List<Object>) wire.get("BLOCKS")).clear();

        assertThat(attach.toMap()).containsOnlyKeys("BLOCKS");
        assertThat((List<?>) attach.toMap().get("BLOCKS")).hasSize(1);
    }

    @Test
    void changingAPartAfterAddingItDoesNotChangeTheAttach() {
        Link link = Attach.link("x").url("https://a");
        GridItem item = Attach.gridItem("n", "v");
        Grid grid = Attach.grid().item(item);
        AttachBuilder builder = Attach.builder().link(link).grid(grid);
        Attach first = builder.build();

        link.desc("later");
        item.width(5);
        grid.item("more", "items");
        builder.message("added after build");

        assertThat(first.toString()).doesNotContain("later", "WIDTH", "more", "added after build");
        assertThat(builder.build()).isNotEqualTo(first);
    }

    @Test
    void equalAttachmentsHaveEqualWireForms() {
        Attach one = Attach.builder().colorToken("alert").message("m").grid(Attach.grid().item("a", "b")).build();
        Attach two = Attach.builder().colorToken("alert").message("m").grid(Attach.grid().item("a", "b")).build();
        Attach other = Attach.builder().colorToken("base").message("m").grid(Attach.grid().item("a", "b")).build();

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(other);
    }

    @Test
    void toStringIsTheCompactJson() throws Exception {
        Attach attach = Attach.builder().message("Сборка «42» ✓").file("https://a/r.pdf", "r.pdf", 10).build();

        assertThat(attach.toString()).isEqualTo(mapper.writeValueAsString(attach));
        assertThat(mapper.readTree(attach.toString()).at("/BLOCKS/0/MESSAGE").asText()).isEqualTo("Сборка «42» ✓");
    }

    @Test
    void refusesWhatThePortalWouldDropOrRefuse() {
        assertThatThrownBy(() -> Attach.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one block");
        assertThatThrownBy(() -> Attach.builder().link(Attach.link("Pipeline")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Pipeline'")
                .hasMessageContaining("url");
        assertThatThrownBy(() -> Attach.builder().message(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MESSAGE");
        assertThatThrownBy(() -> Attach.user(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USER name");
        assertThatThrownBy(() -> Attach.image(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IMAGE url");
        assertThatThrownBy(() -> Attach.file(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FILE url");
        assertThatThrownBy(() -> Attach.builder().grid(Attach.grid()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GRID");
        assertThatThrownBy(() -> Attach.builder().image(new Image[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IMAGE");
        assertThatThrownBy(() -> Attach.builder().file(new File[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FILE");
    }

    private static List<Object> blockTypes(Attach attach) {
        List<Object> types = new ArrayList<>();
        for (Object block : (List<?>) attach.toMap().get("BLOCKS")) {
            types.addAll(((Map<?, ?>) block).keySet());
        }
        return types;
    }
}
