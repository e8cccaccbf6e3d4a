package org.paradiplomacy.agreements.engagement;

import java.time.Instant;

/**
 * What is known of a record's withdrawal: why (its event's reason), when it was recorded, and who recorded it (the
 * principal of its event's metadata), which is not in the event's payload.
 */
public record Withdrawal(String reason, Instant withdrawnAt, String by) {
}
