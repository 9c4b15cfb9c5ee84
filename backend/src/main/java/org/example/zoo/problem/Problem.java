package org.example.zoo.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code type} tells clients which kind of problem it is (e.g. {@code
 * /problems/stale-version}); {@code errors} lists invalid fields for validation problems.
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail")
@JsonbNillable(false) // members that do not apply are left out (RFC 9457), not null
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
