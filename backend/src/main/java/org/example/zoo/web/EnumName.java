package org.example.zoo.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request field that must name a constant of {@link #value()}, exactly (null passes: pair it with
 * {@code @NotNull}). The error is {@code must be one of A, B, C}, listed from the enum itself, so a
 * new constant needs no other edit; the UI's copy is {@code frontend/src/api/enums.ts}, which
 * {@code UiEnumsTest} keeps equal to the enums.
 */
@Documented
@Constraint(validatedBy = EnumName.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface EnumName {

  Class<? extends Enum<?>> value();

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the name and reports the allowed ones. */
  class Validator implements ConstraintValidator<EnumName, String> {

    private Set<String> names;
    private String message;

    @Override
    public void initialize(EnumName annotation) {
      names =
          Arrays.stream(annotation.value().getEnumConstants())
              .map(Enum::name)
              .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
      message = "must be one of " + String.join(", ", names);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || names.contains(value)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
      return false;
    }
  }
}
