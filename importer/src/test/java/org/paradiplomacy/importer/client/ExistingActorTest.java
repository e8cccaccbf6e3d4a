package org.paradiplomacy.importer.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.importer.client.ExistingActor.Ambiguous;
import org.paradiplomacy.importer.client.ExistingActor.Chosen;

/** Which of the actors actors-service names a refused registration is. */
class ExistingActorTest {

    private static final ExistingActor SUZHOU_JS = new ExistingActor("a1", "Suzhou", "city", "CN", "CN-JS", "Suzhou");
    private static final ExistingActor SUZHOU_AH = new ExistingActor("a2", "Suzhou", "city", "CN", "CN-AH", "Suzhou");
    private static final ExistingActor SUZHOU = new ExistingActor("a3", "Suzhou", "city", "CN", null, "Su-zhou");

    @Test
    void theOneCandidateIsTheActor() {
        assertThat(ExistingActor.choose(List.of(SUZHOU_AH), "CN-JS")).isEqualTo(new Chosen(SUZHOU_AH));
        assertThat(ExistingActor.choose(List.of(SUZHOU), null)).isEqualTo(new Chosen(SUZHOU));
    }

    @Test
    void ofSeveralTheOneInTheSameSubdivisionIsTheActor() {
        assertThat(ExistingActor.choose(List.of(SUZHOU_JS, SUZHOU_AH, SUZHOU), "CN-AH")).isEqualTo(new Chosen(SUZHOU_AH));
    }

    @Test
    void severalWithoutOneInTheSubdivisionAreAmbiguous() {
        assertThat(ExistingActor.choose(List.of(SUZHOU_JS, SUZHOU_AH), null)).isInstanceOfSatisfying(Ambiguous.class,
                a -> assertThat(a.reason()).isEqualTo("actors-service holds 2 actors it may be (Suzhou CN-JS a1,"
                        + " Suzhou CN-AH a2); name its subdivision to choose"));
        assertThat(ExistingActor.choose(List.of(SUZHOU_JS, SUZHOU_AH), "CN-ZJ")).isInstanceOfSatisfying(Ambiguous.class,
                a -> assertThat(a.reason()).endsWith(", none in CN-ZJ"));
    }
}
