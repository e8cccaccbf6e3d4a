package org.paradiplomacy.actors.actor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.paradiplomacy.actors.actor.model.Scenario.given;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.actors.actor.model.ActorCommand.AddAlias;
import org.paradiplomacy.actors.actor.model.ActorCommand.CorrectActorDetails;
import org.paradiplomacy.actors.actor.model.ActorCommand.JoinNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.MergeActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.PlaceActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.RegisterActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.WithdrawActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.WithdrawMembership;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorDetailsCorrected;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorMerged;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRegistered;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRetired;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorWithdrawn;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipStarted;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipWithdrawn;
import org.paradiplomacy.actors.reference.RegionCatalog;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** Duplicates at the door, merges, withdrawals and placement by coordinates, given/when/then. */
class ActorRecordCorrectionsTest {

    static final Place HUBEI = new Place("CN", "CN-HB", "142", "030", null);
    static final Place BIOBIO = new Place("CL", "CL-BI", "019", "419", "005");
    static final ActorRegistered WUHAN = new ActorRegistered("wuhan", ActorKind.CITY, Names.english("Wuhan"),
            List.of("Wu-han"), HUBEI, null, null, null, null, null, null);
    static final ActorRef SURVIVOR = new ActorRef("survivor", true, ActorKind.CITY, "CN", false);
    static final RegionCatalog REGIONS = new RegionCatalog();
    static final List<Source> SOURCES = List.of(new Source("Wuhan city profile", null, null, null, null, null, null));

    static RegisterActor wuhanAgain(List<String> distinctFrom, DuplicateCandidate... candidates) {
        return new RegisterActor("new", ActorKind.CITY, new Names("Wuhan", null, null, "武汉"), List.of("Hankou"), "CN",
                "CN-HB", null, null, null, null, null, null, distinctFrom, List.of(candidates));
    }

    static RegisterActor cityAt(String country, String subdivision, Coordinates at) {
        return new RegisterActor("new", ActorKind.CITY, Names.english("Concepción"), List.of(), country, subdivision,
                null, at, null, null, null, null);
    }

    @Nested
    class DuplicatesAtTheDoor {

        static final DuplicateCandidate OLD_WUHAN = new DuplicateCandidate("old", "Wuhan", ActorKind.CITY, "CN",
                "CN-HB", "Wuhan");
        static final DuplicateCandidate HANKOU = new DuplicateCandidate("hankou", "Hankow", ActorKind.CITY, "CN",
                null, "Hankou");

        @Test
        void aLikelyDuplicateIsRefusedWithItsCandidatesAndTheFieldsThatMatched() {
            LikelyDuplicate refused = catchThrowableOfType(LikelyDuplicate.class,
                    () -> given().when(wuhanAgain(List.of(), OLD_WUHAN)).then());

            assertThat(refused).isInstanceOf(StateConflict.class);
            assertThat(refused.getMessage()).isEqualTo("An actor of this kind in CN-HB is already named Wuhan (old):"
                    + " give its id in distinctFrom if this is another one, or use it");
            assertThat(refused.candidates()).containsExactly(OLD_WUHAN);
            assertThat(refused.errors()).extracting(FieldError::field).containsExactly("names.en");
        }

        @Test
        void everyCandidateIsNamedAndEachMatchingFieldToo() {
            LikelyDuplicate refused = catchThrowableOfType(LikelyDuplicate.class,
                    () -> given().when(wuhanAgain(List.of(), OLD_WUHAN, HANKOU)).then());

            assertThat(refused.getMessage()).startsWith("2 actors of this kind are already named so: Wuhan in CN-HB"
                    + " (old), Hankou in CN (hankou): give their ids in distinctFrom");
            assertThat(refused.errors()).extracting(FieldError::field).containsExactly("names.en", "aliases[0]");
        }

        @Test
        void aRegistrationDistinctFromEveryCandidateIsRecorded() {
            given().when(wuhanAgain(List.of("old", "hankou"), OLD_WUHAN, HANKOU))
                    .then(new ActorRegistered("new", ActorKind.CITY, new Names("Wuhan", null, null, "武汉"),
                            List.of("Hankou"), HUBEI, null, null, null, null, null, null));
        }

        @Test
        void distinctFromOneCandidateLeavesTheOtherRefusing() {
            LikelyDuplicate refused = catchThrowableOfType(LikelyDuplicate.class,
                    () -> given().when(wuhanAgain(List.of("old"), OLD_WUHAN, HANKOU)).then());

            assertThat(refused.candidates()).containsExactly(HANKOU);
        }

        @Test
        void distinctFromIsBounded() {
            List<String> many = IntStream.range(0, ActorLimits.DISTINCT_FROM + 1).mapToObj(i -> "id" + i).toList();
            given().when(wuhanAgain(many)).thenRefused("distinctFrom");
            given().when(wuhanAgain(List.of("x".repeat(ActorLimits.ID + 1), " "))).thenRefused("distinctFrom[0]",
                    "distinctFrom[1]");
            given().when(wuhanAgain(many.subList(0, ActorLimits.DISTINCT_FROM))).then(new ActorRegistered("new",
                    ActorKind.CITY, new Names("Wuhan", null, null, "武汉"), List.of("Hankou"), HUBEI, null, null, null,
                    null, null, null));
        }

        @Test
        void namesAreComparedWithoutCaseAccentsPunctuationOrSpaces() {
            assertThat(ActorDecider.key("Concepción")).isEqualTo(ActorDecider.key("concepcion"));
            assertThat(ActorDecider.key("Wu-han")).isEqualTo("wuhan");
            assertThat(ActorDecider.key("Xi'an")).isEqualTo(ActorDecider.key("XIAN"));
            assertThat(ActorDecider.key("São  Paulo")).isEqualTo("saopaulo");
            assertThat(ActorDecider.key("Ｗｕｈａｎ")).isEqualTo("wuhan");
            assertThat(ActorDecider.keys(new Names("Wuhan", "Wuhán", null, "武汉"), List.of("Wu-han", "Hankou", "!")))
                    .containsExactly("wuhan", "武汉", "hankou");
        }
    }

    @Nested
    class Merging {

        @Test
        void aDuplicateMergesIntoASurvivorOfItsKind() {
            given(WUHAN).when(new MergeActor(SURVIVOR, "  recorded twice ", SOURCES))
                    .then(new ActorMerged("wuhan", "survivor", "recorded twice", SOURCES));
            given(WUHAN).when(new MergeActor(SURVIVOR, " ", null))
                    .then(new ActorMerged("wuhan", "survivor", null, null));
        }

        @Test
        void theSurvivorMustBeAnotherStandingActorOfTheSameKind() {
            given(WUHAN).when(new MergeActor(null, null, null)).thenRefused("survivorId");
            given(WUHAN).when(new MergeActor(ActorRef.missing("ghost"), null, null)).thenRefused("survivorId");
            given(WUHAN).when(new MergeActor(new ActorRef("wuhan", true, ActorKind.CITY, "CN", false), null, null))
                    .thenRefused("survivorId");
            given(WUHAN).when(new MergeActor(new ActorRef("hubei", true, ActorKind.PROVINCE, "CN", false), null, null))
                    .thenRefused("survivorId");
            given(WUHAN).when(new MergeActor(new ActorRef("gone", true, ActorKind.CITY, "CN", false, null, true),
                    null, null)).thenRefused("survivorId");
            given(WUHAN).when(new MergeActor(ActorRef.missing("x".repeat(ActorLimits.ID + 1)), null, null))
                    .thenRefused("survivorId");
            given(WUHAN).when(new MergeActor(SURVIVOR, "x".repeat(ActorLimits.REASON + 1), null))
                    .thenRefused("reason");
        }

        @Test
        void aSurvivorThatWasMergedIsNotFollowed() {
            given(WUHAN).when(new MergeActor(new ActorRef("twin", true, ActorKind.CITY, "CN", false, "third", false),
                    null, null)).thenFails().hasMessageContaining("merge into third instead");
        }

        @Test
        void aMergedActorTakesNoFurtherCommandAndNamesItsSurvivor() {
            var merged = given(WUHAN, new ActorMerged("wuhan", "survivor", null, null));
            assertThat(merged.state().survivorId()).isEqualTo("survivor");
            merged.when(new AddAlias("Hankou", null)).thenFails().isInstanceOf(StateConflict.class)
                    .hasMessageContaining("merged into survivor");
            merged.when(new MergeActor(new ActorRef("third", true, ActorKind.CITY, "CN", false), null, null))
                    .thenFails().isInstanceOf(StateConflict.class);
            merged.when(new WithdrawActor("error", null)).thenFails().isInstanceOf(StateConflict.class);
        }

        @Test
        void aRetiredActorMayStillBeMerged() {
            given(WUHAN, new ActorRetired("wuhan", RetirementReason.DISSOLVED, null, PartialDate.parse("2020"), null))
                    .when(new MergeActor(SURVIVOR, null, null)).then(new ActorMerged("wuhan", "survivor", null, null));
        }

        @Test
        void nothingCanJoinOrBeMergedIntoAMergedOrWithdrawnNetwork() {
            given(WUHAN).when(new JoinNetwork(new ActorRef("uclg", true, ActorKind.NETWORK, null, false, "uclg2", false),
                    null, PartialDate.parse("2004"), null)).thenRefused("networkId");
            given(WUHAN).when(new JoinNetwork(new ActorRef("uclg", true, ActorKind.NETWORK, null, false, null, true),
                    null, PartialDate.parse("2004"), null)).thenRefused("networkId");
        }
    }

    @Nested
    class Withdrawing {

        static final ActorEvent JOINED = new NetworkMembershipStarted("wuhan", "uclg", null, PartialDate.parse("2004"),
                null);

        @Test
        void anActorRecordedInErrorIsWithdrawnWithAReason() {
            given(WUHAN).when(new WithdrawActor(" not a city ", SOURCES))
                    .then(new ActorWithdrawn("wuhan", "not a city", SOURCES));
            given(WUHAN).when(new WithdrawActor(" ", null)).thenRefused("reason");
            given(WUHAN).when(new WithdrawActor(null, null)).thenRefused("reason");
            given(WUHAN).when(new WithdrawActor("x".repeat(ActorLimits.REASON + 1), null)).thenRefused("reason");
            given(WUHAN).when(new WithdrawActor("x".repeat(ActorLimits.REASON), null))
                    .then(new ActorWithdrawn("wuhan", "x".repeat(ActorLimits.REASON), null));
        }

        @Test
        void aWithdrawnActorTakesNoFurtherCommand() {
            var withdrawn = given(WUHAN, new ActorWithdrawn("wuhan", "not a city", null));
            assertThat(withdrawn.state().withdrawal()).isEqualTo(new Withdrawal("not a city", null));
            withdrawn.when(new AddAlias("Hankou", null)).thenFails().isInstanceOf(StateConflict.class)
                    .hasMessageContaining("withdrawn");
            withdrawn.when(new WithdrawActor("again", null)).thenFails().isInstanceOf(StateConflict.class);
            withdrawn.when(new MergeActor(SURVIVOR, null, null)).thenFails().isInstanceOf(StateConflict.class);
        }

        @Test
        void aMembershipRecordedInErrorLeavesTheActor() {
            var member = given(WUHAN, JOINED);
            member.when(new WithdrawMembership("uclg", "never joined", null))
                    .then(new NetworkMembershipWithdrawn("wuhan", "uclg", "never joined", null));
            member.when(new WithdrawMembership("uclg", "", null)).thenRefused("reason");
            member.when(new WithdrawMembership("c40", "never joined", null)).thenFails().isInstanceOf(NotFound.class);

            var withdrawn = given(WUHAN, JOINED, new NetworkMembershipWithdrawn("wuhan", "uclg", "never joined", null));
            assertThat(withdrawn.state().memberships()).isEmpty();
            assertThat(withdrawn.state().withdrawn()).isFalse();
        }

        @Test
        void onlyTheLatestMembershipOfTheNetworkIsWithdrawn() {
            var twice = given(WUHAN, JOINED,
                    new ActorEvent.NetworkMembershipEnded("wuhan", "uclg", PartialDate.parse("2010"), null),
                    new NetworkMembershipStarted("wuhan", "uclg", "member", PartialDate.parse("2015"), null),
                    new NetworkMembershipWithdrawn("wuhan", "uclg", "the second never happened", null));
            assertThat(twice.state().memberships()).extracting(Membership::since)
                    .containsExactly(PartialDate.parse("2004"));
        }
    }

    /** The test boundaries (Scenario.BOUNDARIES): boxes around Hubei, Hainan, Biobío and Neuquén (with a hole). */
    @Nested
    class PlacingByCoordinates {

        static final Coordinates CONCEPCION = new Coordinates(-36.8201, -73.0444);
        static final Coordinates NEUQUEN = new Coordinates(-38.95, -68.06);

        @Test
        void aCityWithCoordinatesAndNoSubdivisionIsPlacedInTheRegionThatHoldsThem() {
            given().when(cityAt("CL", null, CONCEPCION)).then(new ActorRegistered("new", ActorKind.CITY,
                    Names.english("Concepción"), List.of(), new Place("CL", "CL-BI", "019", "419", "005",
                    PlacedBy.COORDINATES), null, CONCEPCION, null, null, null, null));
        }

        @Test
        void aGivenSubdivisionIsKept() {
            given().when(cityAt("CL", "CL-RM", CONCEPCION)).then(new ActorRegistered("new", ActorKind.CITY,
                    Names.english("Concepción"), List.of(), new Place("CL", "CL-RM", "019", "419", "005"), null,
                    CONCEPCION, null, null, null, null));
        }

        @Test
        void aPointInAnotherCountrysRegionOrInNoneLeavesItUnplacedAndSaysWhy() {
            given().when(cityAt("CL", null, NEUQUEN)).then(new ActorRegistered("new", ActorKind.CITY,
                    Names.english("Concepción"), List.of(), new Place("CL", null, "019", "419", "005"), null, NEUQUEN,
                    null, null, null, null));
            assertThat(derive(ActorKind.CITY, "CL", NEUQUEN).note())
                    .isEqualTo("the coordinates (-38.95, -68.06) lie in AR-Q, not in CL");
            assertThat(derive(ActorKind.CITY, "CL", new Coordinates(-36.8, -80.0)).note())
                    .isEqualTo("the coordinates (-36.8, -80.0) lie in no first-level region");
            // In the hole of the Neuquén fixture: in no region.
            assertThat(derive(ActorKind.CITY, "AR", new Coordinates(-39.5, -70.0)).placed()).isFalse();
            assertThat(derive(ActorKind.CITY, "AR", new Coordinates(-38.0, -70.0)).subdivision()).isEqualTo("AR-Q");
        }

        @Test
        void everyPartOfARegionPlaces() {
            assertThat(derive(ActorKind.CITY, "CN", new Coordinates(16.5, 112.3)).subdivision()).isEqualTo("CN-HI");
            assertThat(derive(ActorKind.DISTRICT, "CN", new Coordinates(19.0, 109.5)).subdivision())
                    .isEqualTo("CN-HI");
        }

        @Test
        void onlyCitiesDistrictsAndProvincesArePlaced() {
            Coordinates wuhan = new Coordinates(30.59, 114.31);
            assertThat(derive(ActorKind.NATIONAL_BODY, "CN", wuhan)).isEqualTo(Placement.NOT_APPLICABLE);
            assertThat(derive(ActorKind.FORUM, "CN", wuhan)).isEqualTo(Placement.NOT_APPLICABLE);
            given().when(new RegisterActor("new", ActorKind.NATIONAL_BODY, Names.english("CPAFFC"), List.of(), "CN",
                    null, null, wuhan, null, null, null, null)).then(new ActorRegistered("new",
                    ActorKind.NATIONAL_BODY, Names.english("CPAFFC"), List.of(), new Place("CN", null, "142", "030", null),
                    null, wuhan, null, null, null, null));
        }

        @Test
        void aProvinceMayBePlacedByItsCoordinatesButNeedsASubdivision() {
            Coordinates hubei = new Coordinates(31.0, 112.0);
            given().when(new RegisterActor("new", ActorKind.PROVINCE, Names.english("Hubei"), List.of(), "CN", null,
                    null, hubei, null, null, null, null)).then(new ActorRegistered("new", ActorKind.PROVINCE,
                    Names.english("Hubei"), List.of(), new Place("CN", "CN-HB", "142", "030", null,
                    PlacedBy.COORDINATES), null, hubei, null, null, null, null));
            given().when(new RegisterActor("new", ActorKind.PROVINCE, Names.english("Ñuble"), List.of(), "CL", null,
                    null, NEUQUEN, null, null, null, null)).thenFails()
                    .hasMessageContaining("subdivision: is required for a province")
                    .hasMessageContaining("lie in AR-Q, not in CL");
        }

        @Test
        void aCorrectionWithoutSubdivisionIsPlacedToo() {
            given(WUHAN).when(new CorrectActorDetails(Names.english("Wuhan"), "CN", null, new Coordinates(30.59, 114.31),
                    null, null, null, null, null)).then(new ActorDetailsCorrected("wuhan", Names.english("Wuhan"),
                    new Place("CN", "CN-HB", "142", "030", null, PlacedBy.COORDINATES), new Coordinates(30.59, 114.31),
                    null, null, null, null));
        }

        @Test
        void placingAnActorRecordsACorrectionWithItsSource() {
            ActorRegistered unplaced = new ActorRegistered("conce", ActorKind.CITY, Names.english("Concepción"),
                    List.of("Conce"), new Place("CL", null, "019", "419", "005"), null, CONCEPCION, 223_574L,
                    "https://www.concepcion.cl", null, null);
            given(unplaced).when(new PlaceActor()).then(new ActorDetailsCorrected("conce", Names.english("Concepción"),
                    BIOBIO.placedBy(PlacedBy.COORDINATES), CONCEPCION, 223_574L, "https://www.concepcion.cl", null,
                    List.of(new Source("Placed by coordinates in Natural Earth admin-1 states and provinces", null, null,
                            null, null, null, null))));
        }

        @Test
        void anActorPlacedAlreadyIsLeftAsItIs() {
            given(WUHAN).when(new PlaceActor()).then();
        }

        @Test
        void anActorThatCannotBePlacedIsRefusedSayingWhy() {
            ActorRegistered noCoordinates = new ActorRegistered("conce", ActorKind.CITY, Names.english("Concepción"),
                    List.of(), new Place("CL", null, "019", "419", "005"), null, null, null, null, null, null);
            given(noCoordinates).when(new PlaceActor()).thenRefused("coordinates");
            ActorRegistered abroad = new ActorRegistered("conce", ActorKind.CITY, Names.english("Concepción"),
                    List.of(), new Place("CL", null, "019", "419", "005"), null, NEUQUEN, null, null, null, null);
            given(abroad).when(new PlaceActor()).thenFails().hasMessage("coordinates: the coordinates (-38.95, -68.06)"
                    + " lie in AR-Q, not in CL");
            ActorRegistered network = new ActorRegistered("uclg", ActorKind.NETWORK, Names.english("UCLG"), List.of(),
                    Place.NOWHERE, null, CONCEPCION, null, null, null, null);
            given(network).when(new PlaceActor()).thenRefused("kind", "country");
        }

        private static Placement derive(ActorKind kind, String country, Coordinates at) {
            return Placement.derive(kind, country, null, at, Scenario.BOUNDARIES, REGIONS);
        }
    }
}
