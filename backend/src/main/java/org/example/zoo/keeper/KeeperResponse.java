package org.example.zoo.keeper;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.example.zoo.enclosure.Enclosure;
import org.example.zoo.web.Identified;

@Schema(name = "Keeper")
@JsonbPropertyOrder({"id", "fullName", "email", "hiredOn", "enclosureIds", "userId", "version"})
public record KeeperResponse(
    long id,
    String fullName,
    String email,
    LocalDate hiredOn,
    List<Long> enclosureIds,
    @Schema(nullable = true, description = "the user who signs in as this keeper; null: none")
        Long userId,
    long version)
    implements Identified {

  static KeeperResponse of(Keeper k) {
    return new KeeperResponse(
        k.getId(),
        k.getFullName(),
        k.getEmail(),
        k.getHiredOn(),
        k.getEnclosures().stream().map(Enclosure::getId).sorted().toList(),
        k.getUser() == null ? null : k.getUser().getId(),
        k.getVersion());
  }
}
