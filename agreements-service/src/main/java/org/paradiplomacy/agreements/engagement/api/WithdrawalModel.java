package org.paradiplomacy.agreements.engagement.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.Withdrawal;

@Schema(name = "Withdrawal", description = "Why, when and by whom a record was withdrawn (recorded in error): it leaves"
        + " every figure, at every date, and takes no further command, but stays readable with its history.")
public record WithdrawalModel(
        @Schema(description = "Why it was withdrawn", examples = "Recorded twice: the same agreement is recorded as 4f2a…") String reason,
        @Schema(description = "When the withdrawal was recorded", examples = "2026-11-30T09:15:00Z") Instant withdrawnAt,
        @Schema(description = "Who recorded it: the principal of the request", examples = "editor") String by) {

    public static WithdrawalModel of(Withdrawal withdrawal) {
        return withdrawal == null ? null
                : new WithdrawalModel(withdrawal.reason(), withdrawal.withdrawnAt(), withdrawal.by());
    }
}
