package org.paradiplomacy.actors.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ForeignAffairsOffice", description = "The office that runs the actor's international relations.")
public record OfficeModel(
        @Schema(description = "The office's name", examples = "Foreign Affairs Office of Wuhan Municipal People's Government") String name,
        @Schema(description = "Its website (http or https)", examples = "https://fao.wuhan.gov.cn") String website,
        @Schema(description = "Its e-mail address", examples = "fao@wuhan.gov.cn") String email) {
}
