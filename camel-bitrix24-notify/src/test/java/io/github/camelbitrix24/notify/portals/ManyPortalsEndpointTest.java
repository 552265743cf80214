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
package io.github.camelbitrix24.notify.portals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.camelbitrix24.notify.Bitrix24NotifyComponent;
import io.github.camelbitrix24.notify.Bitrix24NotifyConfiguration;
import io.github.camelbitrix24.notify.Bitrix24NotifyConstants;
import io.github.camelbitrix24.notify.Bitrix24NotifyException;
import io.github.camelbitrix24.notify.client.call.ErrorCodes;
import io.github.camelbitrix24.notify.client.config.OAuthTokens;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalPlan;
import io.github.camelbitrix24.notify.client.config.PortalRecord;
import io.github.camelbitrix24.notify.sandbox.SandboxPortal;
import io.github.camelbitrix24.notify.sandbox.SandboxTokens;
import io.github.camelbitrix24.notify.sandbox.StoredNotification;
import io.github.camelbitrix24.notify.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One endpoint, many portals: the header (or option) {@code memberId} picks each exchange's portal from the
 * {@code portalDirectory}, with the application's client id and secret from the endpoint. Run against the sandbox's
 * portals over real HTTP, with each directory implementation ({@link #newDirectory()}).
 */
abstract class ManyPortalsEndpointTest extends SandboxTestSupport {

    static final String CLIENT_ID = "local.many-portals.app";
    static final String CLIENT_SECRET = "m4ny-p0rt4ls-s3cr3t";
    private static int portalsMade;

    private PortalDirectory directory;

    @Override
    protected boolean readsFigures() {
        return true;
    }

    /** The directory the component is given, empty. */
    abstract PortalDirectory newDirectory();

    @Override
    protected void configure(Bitrix24NotifyComponent component) {
        sandbox().oauth().registerApp(CLIENT_ID, CLIENT_SECRET);
        directory = newDirectory();
        // tag::portal-directory[]
        Bitrix24NotifyConfiguration settings = component.getConfiguration();
        settings.setPortalDirectory(directory); // e.g. new JdbcPortalDirectory(dataSource)
        settings.setClientId(CLIENT_ID);
        settings.setClientSecret(CLIENT_SECRET);
        settings.setOauthUrl(sandbox().oauthUrl()); // Bitrix24's own when not set
        // end::portal-directory[]
        settings.setMaxRetries(0);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::member-header[]
                // each exchange names its portal in the header CamelBitrix24NotifyMemberId
                from("direct:send").routeId("send")
                        .to("bitrix24-notify:notify?userId=1");
                // end::member-header[]
            }
        };
    }

    /** A new portal of the sandbox with the application installed, registered in the directory. */
    private SandboxPortal installed(PortalPlan plan) {
        SandboxPortal portal = sandbox().portals().add("p" + getClass().getSimpleName().length() + "x" + ++portalsMade
                                                       + "-" + System.nanoTime() % 100_000);
        SandboxTokens pair = portal.install(CLIENT_ID).tokens();
        directory.register(new PortalRecord(
                portal.memberId(), portal.restAddress(), portal.domain(),
                new OAuthTokens(pair.accessToken(), pair.refreshToken(), pair.expiresAt()), null, plan));
        return portal;
    }

    private Exchange sendTo(SandboxPortal portal, String text) {
        return sendTo(portal.memberId(), text);
    }

    private Exchange sendTo(String memberId, String text) {
        return template.request("direct:send", exchange -> {
            exchange.getMessage().setHeader(Bitrix24NotifyConstants.MEMBER_ID, memberId);
            exchange.getMessage().setBody(text);
        });
    }

    private static List<String> texts(SandboxPortal portal) {
        return portal.notifications(1).stream().map(StoredNotification::text).toList();
    }

    private static void assertSent(Exchange exchange) {
        assertThat(exchange.getException()).as("the exchange's failure").isNull();
        assertThat(exchange.getMessage().getHeader(Bitrix24NotifyConstants.ID)).isNotNull();
    }

    @Test
    void oneEndpointSendsEachExchangeToThePortalItsHeaderNames() {
        SandboxPortal acme = installed(PortalPlan.UNLIMITED);
        SandboxPortal globex = installed(PortalPlan.UNLIMITED);
        SandboxPortal initech = installed(PortalPlan.UNLIMITED);

        assertSent(sendTo(acme, "for acme"));
        assertSent(sendTo(globex, "for globex"));
        assertSent(sendTo(initech, "for initech"));
        assertSent(sendTo(acme, "for acme again"));

        assertThat(texts(acme)).containsExactlyInAnyOrder("for acme", "for acme again");
        assertThat(texts(globex)).containsExactly("for globex");
        assertThat(texts(initech)).containsExactly("for initech");
        assertThat(acme.calls()).hasSize(2).allSatisfy(call -> assertThat(call.succeeded()).isTrue());
        assertThat(globex.calls()).hasSize(1);
        assertThat(initech.calls()).hasSize(1);
        assertThat(sandbox().calls()).as("the default portal's calls").isEmpty();
    }

    @Test
    void eachPortalKeepsToItsOwnLimitWhileAnotherGoesOn() throws Exception {
        // STANDARD: 2 requests/s after a bucket of 50, as the slow portal enforces; the other portal has no limit
        SandboxPortal slow = installed(PortalPlan.STANDARD);
        slow.limits().requestRate(PortalPlan.STANDARD.requestsPerSecond(), PortalPlan.STANDARD.burst());
        SandboxPortal fast = installed(PortalPlan.UNLIMITED);
        int beyondTheBucket = 6;
        List<CompletableFuture<Exchange>> slowSends = IntStream
                .range(0, PortalPlan.STANDARD.burst() + beyondTheBucket)
                .mapToObj(i -> template.asyncSend("direct:send", exchange -> {
                    exchange.getMessage().setHeader(Bitrix24NotifyConstants.MEMBER_ID, slow.memberId());
                    exchange.getMessage().setBody("slow " + i);
                }))
                .toList();

        for (int i = 0; i < 5; i++) {
            assertSent(sendTo(fast, "fast " + i));
        }
        // the fast portal's sends did not wait behind the slow portal's limit
        assertThat(slow.calls().size()).as("the slow portal's calls while the fast one was served")
                .isLessThan(PortalPlan.STANDARD.burst() + beyondTheBucket);

        for (CompletableFuture<Exchange> send : slowSends) {
            assertSent(send.get());
        }
        assertThat(slow.calls()).hasSize(PortalPlan.STANDARD.burst() + beyondTheBucket);
        assertThat(slow.answeredErrors(ErrorCodes.QUERY_LIMIT_EXCEEDED)).isZero();
        assertThat(fast.calls()).hasSize(5);
        assertThat(fast.answeredErrors(ErrorCodes.QUERY_LIMIT_EXCEEDED)).isZero();
    }

    @Test
    void anUnknownPortalFailsBeforeTheWireWithItsOwnCode() {
        SandboxPortal acme = installed(PortalPlan.UNLIMITED);

        Exchange unknown = sendTo("0123456789abcdef0123456789abcdef", "for nobody");

        Bitrix24NotifyException failure = unknown.getException(Bitrix24NotifyException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getErrorCode()).isEqualTo(Bitrix24NotifyException.PORTAL_NOT_INSTALLED);
        assertThat(failure.getMessage()).contains("0123456789abcdef0123456789abcdef");
        assertThat(acme.calls()).isEmpty();
        assertThat(sandbox().calls()).isEmpty();
    }

    @Test
    void anExchangeThatNamesNoPortalIsRefusedBeforeTheWire() {
        SandboxPortal acme = installed(PortalPlan.UNLIMITED);

        Exchange nameless = template.request("direct:send", exchange -> exchange.getMessage().setBody("for whom?"));

        Bitrix24NotifyException failure = nameless.getException(Bitrix24NotifyException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getErrorCode()).isEqualTo(ErrorCodes.PARAMS_ERROR);
        assertThat(failure.getMessage()).contains(Bitrix24NotifyConstants.MEMBER_ID).contains("memberId");
        assertThat(acme.calls()).isEmpty();
        assertThat(sandbox().calls()).isEmpty();
    }

    @Test
    void anUninstalledPortalFailsBeforeTheWireAndItsTokensAreNotShown() {
        SandboxPortal acme = installed(PortalPlan.UNLIMITED);
        assertSent(sendTo(acme, "before"));
        OAuthTokens pair = directory.find(acme.memberId()).orElseThrow().tokens();
        directory.remove(acme.memberId());
        acme.clearCalls();

        Exchange after = sendTo(acme, "after");

        Bitrix24NotifyException failure = after.getException(Bitrix24NotifyException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getErrorCode()).isEqualTo(Bitrix24NotifyException.PORTAL_NOT_INSTALLED);
        assertThat(failure.getMessage()).doesNotContain(pair.accessToken()).doesNotContain(pair.refreshToken())
                .doesNotContain(CLIENT_SECRET);
        assertThat(acme.calls()).isEmpty();
        assertThat(texts(acme)).containsExactly("before");
    }

    @Test
    void theOptionNamesThePortalOfAProducerAndOfAConsumer() throws Exception {
        SandboxPortal acme = installed(PortalPlan.UNLIMITED);
        SandboxPortal globex = installed(PortalPlan.UNLIMITED);
        MockEndpoint inbox = getMockEndpoint("mock:globexInbox");
        inbox.expectedBodiesReceived("for globex");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::member-option[]
                from("direct:acme")
                        .to("bitrix24-notify:notify?userId=1&memberId=" + acme.memberId());

                from("bitrix24-notify:get?memberId=" + globex.memberId() + "&delay=200&startFrom=UNREAD")
                        .transform(simple("${body.text}")).to("mock:globexInbox");
                // end::member-option[]
            }
        });

        assertThat(template.request("direct:acme", exchange -> exchange.getMessage().setBody("for acme"))
                .getException()).isNull();
        assertSent(sendTo(globex, "for globex"));

        inbox.assertIsSatisfied();
        assertThat(texts(acme)).containsExactly("for acme");
        assertThat(acme.calls("im.notify.get")).isEmpty();
        assertThat(globex.calls("im.notify.get")).isNotEmpty();
    }

    @Test
    void eachPortalsRenewalSavesItsNewPairInTheDirectory() {
        SandboxPortal acme = installed(PortalPlan.UNLIMITED);
        SandboxPortal globex = installed(PortalPlan.UNLIMITED);
        assertSent(sendTo(acme, "first"));
        assertSent(sendTo(globex, "first"));
        OAuthTokens acmeBefore = directory.find(acme.memberId()).orElseThrow().tokens();
        OAuthTokens globexBefore = directory.find(globex.memberId()).orElseThrow().tokens();
        acme.expireAccessTokens();
        globex.expireAccessTokens();

        assertSent(sendTo(acme, "after renewal"));
        assertSent(sendTo(globex, "after renewal"));

        OAuthTokens acmeAfter = directory.find(acme.memberId()).orElseThrow().tokens();
        OAuthTokens globexAfter = directory.find(globex.memberId()).orElseThrow().tokens();
        assertThat(acmeAfter.refreshToken()).isNotEqualTo(acmeBefore.refreshToken());
        assertThat(globexAfter.refreshToken()).isNotEqualTo(globexBefore.refreshToken())
                .isNotEqualTo(acmeAfter.refreshToken());
        assertThat(texts(acme)).containsExactlyInAnyOrder("first", "after renewal");
        assertThat(texts(globex)).containsExactlyInAnyOrder("first", "after renewal");
        // each portal's figures under its own address, none showing a token
        String console = figures.consoleText();
        assertThat(console).contains(acme.portalUrl(), globex.portalUrl()).doesNotContain(CLIENT_SECRET);
        for (OAuthTokens pair : List.of(acmeBefore, acmeAfter, globexBefore, globexAfter)) {
            assertThat(console).doesNotContain(pair.accessToken()).doesNotContain(pair.refreshToken());
        }
    }

    @Test
    void aRenamedPortalIsReachedAtItsNewAddressWhichTheDirectoryKeeps() {
        SandboxPortal acme = installed(PortalPlan.UNLIMITED);
        assertSent(sendTo(acme, "before the rename"));
        String oldAddress = acme.restAddress();

        acme.rename(acme.name() + "-new");
        // the old address answers 301, which is not followed: the renewal's client_endpoint names the new one
        assertSent(sendTo(acme, "after the rename"));
        OAuthTokens renewed = directory.find(acme.memberId()).orElseThrow().tokens();
        assertSent(sendTo(acme, "later 1"));
        assertSent(sendTo(acme, "later 2"));

        PortalRecord kept = directory.find(acme.memberId()).orElseThrow();
        assertThat(kept.clientEndpoint()).isEqualTo(acme.restAddress()).isNotEqualTo(oldAddress);
        assertThat(kept.domain()).isEqualTo(acme.domain());
        // no later call met the old address: it would have renewed again
        assertThat(kept.tokens().refreshToken()).isEqualTo(renewed.refreshToken());
        assertThat(texts(acme)).containsExactlyInAnyOrder("before the rename", "after the rename", "later 1", "later 2");
        assertThat(acme.calls("im.notify")).hasSize(4);
    }
}
