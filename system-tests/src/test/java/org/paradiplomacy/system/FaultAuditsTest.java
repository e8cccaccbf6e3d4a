package org.paradiplomacy.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.system.FaultFigures.Count;
import org.paradiplomacy.system.TopicAudit.Seen;
import org.paradiplomacy.system.WriteLoad.Operation;
import org.paradiplomacy.system.WriteLoad.Outcome;
import org.paradiplomacy.system.WriteLoad.Write;

/** The fault-injection audits find what they claim to: lost, duplicated and reordered events and records. */
class FaultAuditsTest {

    private static final LocalDate PROPOSED = LocalDate.of(2010, 1, 1);
    private static final LocalDate SIGNED = LocalDate.of(2011, 2, 2);
    private static final LocalDate RENEWED = LocalDate.of(2015, 3, 3);

    private final FaultFigures figures = new FaultFigures();

    @Test
    void aStreamOnKafkaCompleteAndInOrderHasNoDefectsEvenWithARedelivery() {
        TopicAudit.auditStream("a1", history(), List.of(seen(1, "e1"), seen(2, "e2"), seen(1, "e1"), seen(2, "e2"),
                seen(3, "e3")), Map.of(), figures);

        assertThat(figures.problems()).isEmpty();
        assertThat(figures.total(Count.REDELIVERED)).isEqualTo(2);
    }

    @Test
    void aVersionMissingOnKafkaIsLostInThePhaseOfItsWrite() {
        TopicAudit.auditStream("a1", history(), List.of(seen(1, "e1"), seen(3, "e3")), Map.of("a1#2", "kill -9 broker"),
                figures);

        assertThat(figures.total(Count.KAFKA_LOST)).isEqualTo(1);
        assertThat(figures.problems()).singleElement().asString().startsWith("[kill -9 broker] kafka lost: a1 v2");
    }

    @Test
    void aStreamOutOfOrderOnKafkaIsCounted() {
        TopicAudit.auditStream("a1", history(), List.of(seen(2, "e2"), seen(1, "e1"), seen(3, "e3")), Map.of(), figures);

        assertThat(figures.total(Count.KAFKA_OUT_OF_ORDER)).isEqualTo(1);
        assertThat(defects()).isEqualTo(1);
    }

    @Test
    void anotherEventUnderAStoredVersionIsADuplicate() {
        TopicAudit.auditStream("a1", history(), List.of(seen(1, "e1"), seen(2, "e2"), seen(3, "e3"), seen(3, "x")),
                Map.of(), figures);

        assertThat(figures.total(Count.KAFKA_DUPLICATED)).isEqualTo(1);
    }

    @Test
    void acknowledgedWritesStoredOnceAtTheirVersionsHaveNoDefects() {
        StoreAudit.audit(List.of(proposal("k1", "a1"), renewal("k2", "a1", 3), signing("k3", "a1", 2)),
                data(record("a1", "FI k1", 3)), write -> List.of(), figures);

        assertThat(figures.problems()).isEmpty();
        assertThat(figures.total(Count.ACKNOWLEDGED)).isEqualTo(3);
    }

    @Test
    void anAcknowledgedRecordMissingFromTheStoreIsLost() {
        StoreAudit.audit(List.of(proposal("k1", "a1"), proposal("k9", "a9")), data(record("a1", "FI k1", 1)),
                write -> List.of(), figures);

        assertThat(figures.total(Count.STORE_LOST)).isEqualTo(1);
        assertThat(figures.problems()).singleElement().asString().contains("a9, not stored");
    }

    @Test
    void twoRecordsForOneIdempotencyKeyAreADuplicate() {
        WrittenData data = data(record("a1", "FI k1", 1), record("a2", "FI k1", 1));
        data.histories.put("a2", new ArrayList<>(List.of(event(1, "e9", "AgreementProposed", "proposedOn", PROPOSED))));

        StoreAudit.audit(List.of(proposal("k1", "a1")), data, write -> List.of(), figures);

        assertThat(figures.total(Count.STORE_DUPLICATED)).isEqualTo(1);
        assertThat(figures.problems()).singleElement().asString().contains("2 records named 'FI k1'");
    }

    @Test
    void anAcknowledgedStepStoredTwiceIsADuplicate() {
        WrittenData data = data(record("a1", "FI k1", 4));
        data.histories.get("a1").add(event(4, "e4", "AgreementRenewed", "renewedOn", RENEWED));

        StoreAudit.audit(List.of(proposal("k1", "a1"), signing("k3", "a1", 2), renewal("k2", "a1", 3)), data,
                write -> List.of(), figures);

        assertThat(figures.total(Count.STORE_DUPLICATED)).isEqualTo(1);
        assertThat(figures.problems()).singleElement().asString().contains("k2 is in a1's history 2 times");
    }

    @Test
    void anUnacknowledgedWriteMayBeStoredOnceButIsReportedAsUnanswered() {
        Write abandoned = renewal("k2", "a1", 0);
        abandoned.outcome = Outcome.ABANDONED;

        StoreAudit.audit(List.of(proposal("k1", "a1"), signing("k3", "a1", 2), abandoned), data(record("a1", "FI k1", 3)),
                write -> List.of(), figures);

        assertThat(figures.total(Count.STORE_DUPLICATED) + figures.total(Count.STORE_LOST)).isZero();
        assertThat(figures.total(Count.UNANSWERED)).isEqualTo(1);
    }

    private long defects() {
        long defects = 0;
        for (Count count : Count.values()) {
            defects += count.defect() ? figures.total(count) : 0;
        }
        return defects;
    }

    /** An agreement proposed, signed and renewed. */
    private static List<JsonNode> history() {
        return new ArrayList<>(List.of(event(1, "e1", "AgreementProposed", "proposedOn", PROPOSED),
                event(2, "e2", "AgreementSigned", "signedOn", SIGNED),
                event(3, "e3", "AgreementRenewed", "renewedOn", RENEWED)));
    }

    private static JsonNode event(long version, String id, String type, String dateField, LocalDate date) {
        ObjectNode event = JsonApi.JSON.createObjectNode().put("version", version).put("eventId", id).put("type", type);
        event.putObject("data").put(dateField, date.toString());
        return event;
    }

    private static JsonNode record(String id, String title, long version) {
        return JsonApi.JSON.createObjectNode().put("id", id).put("title", title).put("version", version);
    }

    private static WrittenData data(JsonNode... agreements) {
        Map<String, JsonNode> listed = new LinkedHashMap<>();
        Map<String, List<JsonNode>> histories = new HashMap<>();
        for (JsonNode agreement : agreements) {
            listed.put(agreement.path("id").asText(), agreement);
            histories.put(agreement.path("id").asText(),
                    new ArrayList<>(history().subList(0, (int) Math.min(3, agreement.path("version").asLong()))));
        }
        return new WrittenData(Map.of(), listed, histories, List.of());
    }

    private static Write proposal(String key, String id) {
        Write write = acknowledged(new Write(key, Operation.PROPOSE_AGREEMENT, "p", null, PROPOSED, "FI " + key), 1);
        write.streamId = id;
        write.location = "http://127.0.0.1/api/v1/agreements/" + id;
        return write;
    }

    private static Write signing(String key, String id, long version) {
        return acknowledged(new Write(key, Operation.SIGN, "p", id, SIGNED, null), version);
    }

    private static Write renewal(String key, String id, long version) {
        return acknowledged(new Write(key, Operation.RENEW, "p", id, RENEWED, null), version);
    }

    private static Write acknowledged(Write write, long version) {
        write.outcome = Outcome.ACKNOWLEDGED;
        write.version = version;
        write.attempts = 1;
        return write;
    }

    private static Seen seen(long version, String eventId) {
        return new Seen(version, eventId);
    }
}
