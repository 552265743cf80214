package io.github.camelbitrix24.notify.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void linkCarriesEveryDocumentedField() {
        JsonNode link = onlyBlock(Attach.builder().link(Attach.link("Ticket #12345")
                .url("https://api.bitrix24.com/").desc("By the release!").html("<b>soon</b>")
                .preview("https://example.com/logo.png").width(1000).height(638)
                .userId(1).chatId(2).networkId("n3")));

        assertThat(fieldNames(link.get("LINK"))).containsExactly(
                "NAME", "LINK", "DESC", "HTML", "PREVIEW", "WIDTH", "HEIGHT", "USER_ID", "CHAT_ID", "NETWORK_ID");
        assertThat(link.at("/LINK/LINK").asText()).isEqualTo("https://api.bitrix24.com/");
        assertThat(link.at("/LINK/WIDTH").asInt()).isEqualTo(1000);
    }

    @Test
    void linkInsideBitrix24NeedsNoUrlAndNameIsOptional() {
        JsonNode toUser = onlyBlock(Attach.builder().link(Attach.link("Anna").userId(15)));
        JsonNode bareUrl = onlyBlock(Attach.builder().link(null, "/crm/deal/details/142/"));

        assertThat(fieldNames(toUser.get("LINK"))).containsExactly("NAME", "USER_ID");
        assertThat(fieldNames(bareUrl.get("LINK"))).containsExactly("LINK");
    }

    @Test
    void userCarriesEveryDocumentedField() {
        JsonNode user = onlyBlock(Attach.builder().user(Attach.user("John Smith").avatar("https://a/b.png")
                .link("https://a").userId(1).chatId(2).botId(3).networkId("n4").avatarType("BOT")));

        assertThat(fieldNames(user.get("USER"))).containsExactly(
                "NAME", "AVATAR", "LINK", "USER_ID", "CHAT_ID", "BOT_ID", "NETWORK_ID", "AVATAR_TYPE");
        assertThat(user.at("/USER/AVATAR_TYPE").asText()).isEqualTo("BOT");
    }

    @Test
    void gridItemsGetTheirOwnTheGridsOrTheDefaultDisplay() {
        JsonNode byDefault = onlyBlock(Attach.builder().grid(Attach.grid().item("a", "1")));
        JsonNode byGrid = onlyBlock(Attach.builder().grid(Attach.grid().item("a", "1").display("ROW")
                .item(Attach.gridItem("b", "2").display("TABLE"))));

        assertThat(byDefault.at("/GRID/0/DISPLAY").asText()).isEqualTo("BLOCK");
        assertThat(byGrid.at("/GRID/0/DISPLAY").asText()).isEqualTo("ROW");
        assertThat(byGrid.at("/GRID/1/DISPLAY").asText()).isEqualTo("TABLE");
    }

    @Test
    void gridItemCarriesEveryDocumentedField() {
        JsonNode grid = onlyBlock(Attach.builder().grid(Attach.grid().item(Attach.gridItem("Priority", "High")
                .display("LINE").width(250).height(40).colorToken("alert").color("#ff0000")
                .link("https://a").userId(1).chatId(2))));

        assertThat(fieldNames(grid.at("/GRID/0"))).containsExactly("NAME", "VALUE", "DISPLAY", "WIDTH", "HEIGHT",
                "COLOR_TOKEN", "COLOR", "LINK", "USER_ID", "CHAT_ID");
    }

    @Test
    void gridItemNameOrValueMayBeLeftOut() {
        JsonNode grid = onlyBlock(Attach.builder().grid(Attach.grid().display("ROW").item(null, "full width")));

        assertThat(fieldNames(grid.at("/GRID/0"))).containsExactly("VALUE", "DISPLAY");
    }

    @Test
    void imageBlockHoldsOneOrSeveralImages() {
        JsonNode one = onlyBlock(Attach.builder().image("https://a/1.png", null));
        JsonNode several = onlyBlock(Attach.builder().image(
                Attach.image("https://a/1.jpg").name("This is Mantis").preview("https://a/1s.jpg")
                        .width(1000).height(638),
                Attach.image("https://a/2.jpg")));

        assertThat(one.get("IMAGE").isArray()).isTrue();
        assertThat(fieldNames(one.at("/IMAGE/0"))).containsExactly("LINK");
        assertThat(several.get("IMAGE")).hasSize(2);
        assertThat(fieldNames(several.at("/IMAGE/0"))).containsExactly("NAME", "LINK", "PREVIEW", "WIDTH", "HEIGHT");
        assertThat(several.at("/IMAGE/1/LINK").asText()).isEqualTo("https://a/2.jpg");
    }

    @Test
    void fileBlockHoldsOneOrSeveralFiles() {
        JsonNode several = onlyBlock(Attach.builder().file(
                Attach.file("https://a/mantis.jpg").name("mantis.jpg").size(1500000),
                Attach.file("https://a/b.txt")));

        assertThat(fieldNames(several.at("/FILE/0"))).containsExactly("NAME", "LINK", "SIZE");
        assertThat(several.at("/FILE/0/SIZE").asLong()).isEqualTo(1500000L);
        assertThat(fieldNames(several.at("/FILE/1"))).containsExactly("LINK");
    }

    @Test
    void delimiterWithAndWithoutFields() {
        assertThat(onlyBlock(Attach.builder().delimiter()).get("DELIMITER")).isEmpty();
        assertThat(onlyBlock(Attach.builder().delimiter(200, "#c6c6c6")).toString())
                .isEqualTo("{\"DELIMITER\":{\"SIZE\":200,\"COLOR\":\"#c6c6c6\"}}");
        assertThat(onlyBlock(Attach.builder().delimiter(120, null)).toString())
                .isEqualTo("{\"DELIMITER\":{\"SIZE\":120}}");
    }

    @Test
    void blocksKeepTheOrderTheyWereAddedIn() {
        Attach attach = Attach.builder().delimiter().message("a").image("https://a", null).message("b").build();

        List<Object> types = new ArrayList<>();
        for (Object block : (List<?>) attach.toMap().get("BLOCKS")) {
            types.addAll(((Map<?, ?>) block).keySet());
        }
        assertThat(types).containsExactly("DELIMITER", "MESSAGE", "IMAGE", "MESSAGE");
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
        Attach.Link link = Attach.link("x").url("https://a");
        Attach.GridItem item = Attach.gridItem("n", "v");
        Attach.Grid grid = Attach.grid().item(item);
        Attach.Builder builder = Attach.builder().link(link).grid(grid);
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
        assertThatThrownBy(() -> Attach.builder().image(new Attach.Image[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IMAGE");
        assertThatThrownBy(() -> Attach.builder().file(new Attach.File[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FILE");
    }

    private JsonNode onlyBlock(Attach.Builder builder) {
        JsonNode blocks = mapper.valueToTree(builder.build()).get("BLOCKS");
        assertThat(blocks).hasSize(1);
        return blocks.get(0);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
