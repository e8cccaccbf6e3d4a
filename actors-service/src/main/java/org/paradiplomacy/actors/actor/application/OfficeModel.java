package org.paradiplomacy.actors.actor.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.actors.actor.model.ActorLimits;
import org.paradiplomacy.actors.actor.model.ForeignAffairsOffice;

@Schema(name = "ForeignAffairsOffice", description = "The office that runs the actor's international relations.")
public record OfficeModel(
        @Schema(description = "The office's name", maxLength = ActorLimits.OFFICE_NAME, examples = "Foreign Affairs Office of Wuhan Municipal People's Government") String name,
        @Schema(description = "Its website (http or https)", maxLength = ActorLimits.URL, examples = "https://fao.wuhan.gov.cn") String website,
        @Schema(description = "Its e-mail address", maxLength = ActorLimits.EMAIL, examples = "fao@wuhan.gov.cn") String email) {

    public static OfficeModel of(ForeignAffairsOffice office) {
        return office == null ? null : new OfficeModel(office.name(), office.website(), office.email());
    }

    public ForeignAffairsOffice toDomain() {
        return new ForeignAffairsOffice(name, website, email);
    }
}
