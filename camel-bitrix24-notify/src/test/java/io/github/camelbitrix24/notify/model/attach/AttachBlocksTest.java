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
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of block: the fields it sends, in the documented order, and the ones it leaves out. */
class AttachBlocksTest {

    private final ObjectMapper mapper = new ObjectMapper();

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

    private JsonNode onlyBlock(AttachBuilder builder) {
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
