package org.paradiplomacy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.clients.actors.api.ActorsApi;
import org.paradiplomacy.clients.actors.model.Actor;
import org.paradiplomacy.clients.actors.model.ActorKind;
import org.paradiplomacy.clients.actors.model.Names;
import org.paradiplomacy.clients.actors.model.RegisterActorRequest;
import org.paradiplomacy.clients.agreements.ApiException;
import org.paradiplomacy.clients.agreements.api.AgreementsApi;
import org.paradiplomacy.clients.agreements.api.DirectoryApi;
import org.paradiplomacy.clients.agreements.model.Agreement;
import org.paradiplomacy.clients.agreements.model.AgreementKind;
import org.paradiplomacy.clients.agreements.model.AgreementRequest;
import org.paradiplomacy.clients.agreements.model.AgreementStatus;
import org.paradiplomacy.clients.agreements.model.CooperationField;
import org.paradiplomacy.clients.agreements.model.SigningRequest;

/**
 * The OpenAPI documents are usable as they are: Java clients generated from them at build time
 * (openapi-generator, see this module's pom) register actors and record an agreement, and read a problem.
 */
class GeneratedClientIT {

    private static Observatory observatory;
    private static ActorsApi actors;
    private static AgreementsApi agreements;
    private static DirectoryApi directory;

    @BeforeAll
    static void startTheObservatory() {
        observatory = Observatory.start("client_it");
        org.paradiplomacy.clients.actors.ApiClient actorsClient = new org.paradiplomacy.clients.actors.ApiClient();
        actorsClient.updateBaseUri(observatory.actors().url());
        actorsClient.setRequestInterceptor(request -> request.header("Authorization",
                observatory.identityProvider().adminAuthorization()));
        actors = new ActorsApi(actorsClient);
        org.paradiplomacy.clients.agreements.ApiClient agreementsClient =
                new org.paradiplomacy.clients.agreements.ApiClient();
        agreementsClient.updateBaseUri(observatory.agreements().url());
        agreementsClient.setRequestInterceptor(request -> request.header("Authorization",
                observatory.identityProvider().adminAuthorization()));
        agreements = new AgreementsApi(agreementsClient);
        directory = new DirectoryApi(agreementsClient);
    }

    @AfterAll
    static void stopIt() {
        if (observatory != null) {
            observatory.close();
        }
    }

    private static String register(String name, String country, String subdivision) throws Exception {
        Actor actor = actors.registerActor(new RegisterActorRequest().kind(ActorKind.CITY).names(new Names().en(name))
                .country(country).subdivision(subdivision), null);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> directory.getDirectoryEntry(actor.getId()) != null);
        return actor.getId();
    }

    @Test
    void aGeneratedClientRegistersActorsAndRecordsAnAgreement() throws Exception {
        String wuhan = register("Wuhan", "CN", "CN-HB");
        String concepcion = register("Concepción", "CL", "CL-BI");

        Agreement agreement = agreements.recordAgreement(new AgreementRequest().kind(AgreementKind.SISTER_CITY)
                .title("Wuhan–Concepción").parties(List.of(wuhan, concepcion)).fields(List.of(CooperationField.CULTURE))
                .signed(new SigningRequest().signedOn("2016-04-07").place("Wuhan")), "client-it-1");

        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(agreements.getAgreement(agreement.getId(), null).getParties()).containsExactly(wuhan, concepcion);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> agreements.recordAgreement(
                new AgreementRequest().kind(AgreementKind.COOPERATION).title("Alone").parties(List.of(wuhan))
                        .proposedOn("2020-01-01"), null));
        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(refused.getResponseBody()).contains("\"field\":\"parties\"");
    }
}
