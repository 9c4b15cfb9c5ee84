package org.example.zoo.web;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A resource method's request body, which must be present: {@code @Valid @JsonBody XRequest
 * request}. A request without one is a 400 validation problem with the error {@code a JSON body is
 * required} on the parameter.
 */
@NotNull(message = "a JSON body is required")
@Constraint(validatedBy = {})
@Documented
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface JsonBody {

  String message() default "a JSON body is required";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
