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
package io.github.camelbitrix24.notify.producer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelbitrix24.notify.client.call.Outcome;
import io.github.camelbitrix24.notify.client.call.PortalException;
import io.github.camelbitrix24.notify.model.attach.Attach;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachFormatTest {

    private static final String METHOD = "im.notify.personal.add";
    private static final String TYPES = "MESSAGE, LINK, USER, GRID, IMAGE, FILE, DELIMITER";

    private final ObjectMapper mapper = new ObjectMapper();
    private final AttachFormat format = new AttachFormat(mapper, 60_000);

    // ---- accepted forms

    @Test
    void attachBecomesItsFullForm() {
        Attach attach = Attach.builder().colorToken("primary").message("hi").build();

        assertThat(format.normalize(METHOD, attach)).isEqualTo(attach.toMap());
    }

    @Test
    void mapAndListAreSentAsGiven() {
        Map<String, Object> full = Map.of("ID", 1, "BLOCKS", List.of(Map.of("MESSAGE", "hi")));
        List<Object> shortForm = List.of(Map.of("DELIMITER", Map.of("SIZE", 200)));

        assertThat(format.normalize(METHOD, full)).isSameAs(full);
        assertThat(format.normalize(METHOD, shortForm)).isSameAs(shortForm);
    }

    @Test
    void jsonStringOfEitherFormBecomesMapOrList() {
        Object full = format.normalize(METHOD,
                "{\"ID\":1,\"COLOR_TOKEN\":\"primary\","
                                               + "\"BLOCKS\":[{\"LINK\":{\"NAME\":\"Open\",\"LINK\":\"https://e\"}}]}");
        Object shortForm = format.normalize(METHOD, "[{\"MESSAGE\":\"[B]New[/B]\"},{\"DELIMITER\":{}}]");

        assertThat(full).asInstanceOf(InstanceOfAssertFactories.MAP).containsOnlyKeys("ID", "COLOR_TOKEN", "BLOCKS");
        assertThat(shortForm).isEqualTo(List.of(Map.of("MESSAGE", "[B]New[/B]"), Map.of("DELIMITER", Map.of())));
    }

    @Test
    void jsonNodeBecomesMapOrList() throws Exception {
        Object full = format.normalize(METHOD, mapper.readTree("{\"BLOCKS\":[{\"MESSAGE\":\"a\"}]}"));
        Object shortForm = format.normalize(METHOD, mapper.readTree("[{\"MESSAGE\":\"a\"}]"));

        assertThat(full).isEqualTo(Map.of("BLOCKS", List.of(Map.of("MESSAGE", "a"))));
        assertThat(shortForm).isEqualTo(List.of(Map.of("MESSAGE", "a")));
    }

    @Test
    void blockContentIsLeftToThePortal() {
        // single-object IMAGE/FILE and odd values are the portal's business, not a structural error
        String json = "[{\"IMAGE\":{\"LINK\":\"https://e/i.png\"}},{\"FILE\":{\"LINK\":\"x\"}},{\"GRID\":\"?\"},"
                      + "{\"DELIMITER\":null}]";

        assertThat(format.normalize(METHOD, json)).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(4);
    }

    // ---- ATTACH_ERROR

    @Test
    void refusesOtherTypes() {
        assertRefused(42, "ATTACH_ERROR").hasMessageContaining("java.lang.Integer");
        assertRefused(null, "ATTACH_ERROR").hasMessageContaining("got null");
        assertRefused(new Object[] { Map.of("MESSAGE", "a") }, "ATTACH_ERROR").hasMessageContaining("must be an Attach");
    }

    @Test
    void refusesStringsThatAreNotJsonObjectsOrArrays() {
        assertRefused("{\"BLOCKS\":[", "ATTACH_ERROR")
                .hasMessageContaining("not valid JSON (Unexpected end-of-input")
                .hasMessageContaining("at line 1, column 12")
                .hasMessageNotContaining("Source");
        assertRefused("Build failed", "ATTACH_ERROR").hasMessageContaining("not valid JSON");
        assertRefused("  ", "ATTACH_ERROR").hasMessageContaining("empty");
        assertRefused("42", "ATTACH_ERROR").hasMessageContaining("got a JSON number");
        assertRefused("\"text\"", "ATTACH_ERROR").hasMessageContaining("got a JSON string");
        assertRefused("null", "ATTACH_ERROR").hasMessageContaining("got JSON null");
        assertRefused(TextNode.valueOf("x"), "ATTACH_ERROR").hasMessageContaining("got a JSON string");
    }

    @Test
    void refusesFullFormWithoutBlocksArray() {
        assertRefused(Map.of("ID", 1, "COLOR", "#29619b"), "ATTACH_ERROR")
                .hasMessageContaining("no BLOCKS array").hasMessageContaining("short form");
        assertRefused("{\"MESSAGE\":\"hi\"}", "ATTACH_ERROR").hasMessageContaining("single block: wrap it in an array");
        assertRefused("{\"BLOCKS\":{\"MESSAGE\":\"hi\"}}", "ATTACH_ERROR")
                .hasMessageContaining("BLOCKS must be an array of blocks, got an object");
    }

    @Test
    void refusesAnAttachWithoutBlocks() {
        assertRefused("[]", "ATTACH_ERROR").hasMessageContaining("no blocks");
        assertRefused(Map.of("BLOCKS", List.of()), "ATTACH_ERROR").hasMessageContaining("no blocks");
    }

    @Test
    void refusesBlocksThatAreNotObjects() {
        assertRefused("[{\"MESSAGE\":\"a\"},\"just text\"]", "ATTACH_ERROR")
                .hasMessageContaining("ATTACH block 2 at [1] is a string, expected an object with one key");
        assertRefused(Map.of("BLOCKS", List.of(List.of())), "ATTACH_ERROR")
                .hasMessageContaining("ATTACH block 1 at BLOCKS[0] is an array");
        assertRefused(Map.of("BLOCKS", new Object[] { Map.of("MESSAGE", "a") }), "ATTACH_ERROR")
                .hasMessageContaining("BLOCKS must be an array of blocks, got a Java array (use a List)");
    }

    @Test
    void refusesBlocksWithoutExactlyOneKey() {
        assertRefused("[{}]", "ATTACH_ERROR").hasMessageContaining("ATTACH block 1 at [0] is an empty object");
        assertRefused("{\"BLOCKS\":[{\"MESSAGE\":\"a\"},{\"MESSAGE\":\"b\",\"LINK\":{}}]}", "ATTACH_ERROR")
                .hasMessageContaining("ATTACH block 2 at BLOCKS[1] has 2 keys [MESSAGE, LINK]")
                .hasMessageContaining("own block");
    }

    @Test
    void refusesUnknownBlockTypes() {
        assertRefused("{\"BLOCKS\":[{\"MESSAGE\":\"a\"},{\"FOO\":1}]}", "ATTACH_ERROR")
                .hasMessageContaining("ATTACH block 2 at BLOCKS[1] has unknown type FOO; expected one of " + TYPES);
        assertRefused("[{\"message\":\"a\"}]", "ATTACH_ERROR").hasMessageContaining("upper case");
        // undocumented types are refused too, even where some portals know them
        assertRefused("[{\"RICH_LINK\":{\"LINK\":\"https://e\"}}]", "ATTACH_ERROR").hasMessageContaining("RICH_LINK");
    }

    @Test
    void refusesValuesJacksonCannotWrite() {
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("BLOCKS", List.of(Map.of("MESSAGE", "a")));
        full.put("ID", new Object());

        assertRefused(full, "ATTACH_ERROR").hasMessageContaining("cannot be written as JSON");
    }

    // ---- ATTACH_OVERSIZE

    @Test
    void sizeUpToTheLimitIsAcceptedOneByteMoreIsRefused() throws Exception {
        List<Object> attach = List.of(Map.of("MESSAGE", "x".repeat(100)));
        int size = mapper.writeValueAsBytes(attach).length;

        assertThat(new AttachFormat(mapper, size).normalize(METHOD, attach)).isSameAs(attach);
        assertThatThrownBy(() -> new AttachFormat(mapper, size - 1).normalize(METHOD, attach))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo("ATTACH_OVERSIZE");
                    assertThat(e.getMethod()).isEqualTo(METHOD);
                    assertThat(e.getOutcome()).isEqualTo(Outcome.NOT_SENT);
                    assertThat(e.getErrorDescription()).contains(size + " bytes", (size - 1) + " bytes",
                            "attachMaxBytes");
                });
    }

    @Test
    void sizeIsCountedInUtf8Bytes() throws Exception {
        String text = "é".repeat(50); // 50 characters, 100 bytes
        List<Object> attach = List.of(Map.of("MESSAGE", text));
        int bytes = mapper.writeValueAsString(attach).getBytes(StandardCharsets.UTF_8).length;

        assertThat(new AttachFormat(mapper, bytes).normalize(METHOD, attach)).isSameAs(attach);
        assertThatThrownBy(() -> new AttachFormat(mapper, bytes - 1).normalize(METHOD, attach))
                .hasFieldOrPropertyWithValue("errorCode", "ATTACH_OVERSIZE");
    }

    @Test
    void sizeIsMeasuredCompactEvenWithAnIndentingMapper() throws Exception {
        ObjectMapper indenting = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Object> attach = List.of(Map.of("MESSAGE", "a"), Map.of("DELIMITER", Map.of("SIZE", 200)));
        int compact = mapper.writeValueAsBytes(attach).length;

        assertThat(new AttachFormat(indenting, compact).normalize(METHOD, attach)).isSameAs(attach);
    }

    @Test
    void oversizeIsCheckedForEveryInputForm() {
        AttachFormat tiny = new AttachFormat(mapper, 10);

        for (Object attach : new Object[] {
                Attach.builder().message("hello world").build(),
                "[{\"MESSAGE\":\"hello world\"}]",
                new ArrayList<>(List.of(Map.of("MESSAGE", "hello world"))) }) {
            assertThatThrownBy(() -> tiny.normalize(METHOD, attach))
                    .hasFieldOrPropertyWithValue("errorCode", "ATTACH_OVERSIZE");
        }
    }

    @Test
    void limitMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AttachFormat(mapper, 0))
                .withMessageContaining("attachMaxBytes");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Object attach, String code) {
        return assertThatThrownBy(() -> format.normalize(METHOD, attach))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(code);
                    assertThat(e.getMethod()).isEqualTo(METHOD);
                    assertThat(e.getOutcome()).isEqualTo(Outcome.NOT_SENT);
                });
    }
}
