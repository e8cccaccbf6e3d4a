package org.paradiplomacy.importer.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.importer.fake.FakeObservatory;

/** The loader's bearer tokens: obtained by client credentials, renewed before they expire and once on a 401. */
class ClientCredentialsTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final FakeObservatory services = newServices();
    private final TestClock clock = new TestClock();

    private static FakeObservatory newServices() {
        try {
            return new FakeObservatory();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private ObservatoryClient client(ClientCredentials credentials) {
        return new ObservatoryClient(services.url(), services.url(), credentials);
    }

    @Test
    void everyRequestCarriesOneTokenUntilItIsAboutToExpire() {
        ClientCredentials credentials = services.credentials(clock);
        ObservatoryClient client = client(credentials);
        client.countries();
        client.subdivisions();
        assertThat(services.tokensIssued()).isEqualTo(1);
        assertThat(services.unauthorised()).isZero();

        clock.advance(Duration.ofSeconds(269));
        client.countries();
        assertThat(services.tokensIssued()).as("still 30 s to go").isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        client.countries();
        assertThat(services.tokensIssued()).as("renewed 30 s before it expires").isEqualTo(2);
        assertThat(services.unauthorised()).isZero();
    }

    @Test
    void aShortLivedTokenIsRenewedInItsLastFifth() {
        services.tokenLifetime = 20;
        ClientCredentials credentials = services.credentials(clock);
        credentials.token();
        clock.advance(Duration.ofSeconds(15));
        credentials.token();
        assertThat(services.tokensIssued()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        credentials.token();
        assertThat(services.tokensIssued()).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsRenewedExactlyOnceAndTheRequestSentAgain() {
        ObservatoryClient client = client(services.credentials(clock));
        client.countries();
        services.revokeTokens();

        assertThat(client.countries()).isNotEmpty();
        assertThat(services.tokensIssued()).isEqualTo(2);
        assertThat(services.unauthorised()).isEqualTo(1);
    }

    @Test
    void aServiceThatRefusesEveryTokenIsNotAskedForeverAndTheImportStops() {
        ObservatoryClient client = client(services.credentials(clock));
        client.countries();
        services.refuseEveryToken = true;

        assertThatThrownBy(client::countries).isInstanceOf(ObservatoryClient.Unavailable.class)
                .hasMessageContaining("401");
        assertThat(services.tokensIssued()).as("one renewal").isEqualTo(2);
        assertThat(services.unauthorised()).isEqualTo(2);
    }

    @Test
    void aWriteRefusedAgainAfterTheRenewalReportsTheProblem() {
        ObservatoryClient client = client(services.credentials(clock));
        client.countries();
        services.refuseEveryToken = true;
        ObservatoryClient.Outcome outcome = client.registerActor(ObservatoryClient.json().createObjectNode()
                .put("kind", "city"), "key-1");
        assertThat(outcome.created()).isFalse();
        assertThat(outcome.problem()).contains("bearer token");
        assertThat(services.tokensIssued()).isEqualTo(2);
    }

    @Test
    void aWrongSecretSaysWhichSettingsToCheck() {
        ObservatoryClient client = client(new ClientCredentials(services.issuer(), FakeObservatory.CLIENT_ID, "wrong",
                clock));
        assertThatThrownBy(client::countries).isInstanceOf(ObservatoryClient.Unavailable.class)
                .hasMessageContaining("refused a token for client observatory-loader")
                .hasMessageContaining("OBSERVATORY_CLIENT_SECRET");
        assertThat(services.unauthorised()).isZero();
    }

    @Test
    void withoutCredentialsTheServicesRefuse() {
        assertThatThrownBy(() -> new ObservatoryClient(services.url(), services.url()).countries())
                .isInstanceOf(ObservatoryClient.Unavailable.class).hasMessageContaining("401");
    }

    @Test
    void theEnvironmentNamesTheIssuerAndTheClient() {
        assertThat(ClientCredentials.fromEnvironment(java.util.Map.of(), null).issuer())
                .isEqualTo("http://127.0.0.1:8180/realms/observatory");
        assertThat(ClientCredentials.fromEnvironment(java.util.Map.of(
                ClientCredentials.ISSUER, "https://id.example.org/realms/observatory/"), null).issuer())
                .isEqualTo("https://id.example.org/realms/observatory");
        assertThat(ClientCredentials.fromEnvironment(java.util.Map.of(ClientCredentials.ISSUER, "http://a"),
                "http://b").issuer()).isEqualTo("http://b");
    }

    @Test
    void theTokenEndpointIsTheOneTheIssuersDiscoveryDocumentNames() {
        ClientCredentials credentials = services.credentials(clock);
        assertThat(credentials.tokenEndpoint()).hasToString(services.url() + "/oauth2/token");
        client(credentials).countries();
        assertThat(credentials.obtained()).isEqualTo(1);
    }

    @Test
    void anIssuerWithoutADiscoveryDocumentSaysSo() {
        ObservatoryClient client = client(new ClientCredentials(services.url() + "/realms/elsewhere",
                FakeObservatory.CLIENT_ID, FakeObservatory.CLIENT_SECRET, clock));
        assertThatThrownBy(client::countries).isInstanceOf(ObservatoryClient.Unavailable.class)
                .hasMessageContaining("no OpenID Connect discovery document")
                .hasMessageContaining("OBSERVATORY_OIDC_ISSUER");
    }
}
