package org.example.zoo;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other one way only. From the top:
 *
 * <pre>
 * org.example.zoo (ZooApplication: the JAX-RS application)
 * feeding                      feedings of animals by keepers
 * animal                       animals of a species, living in an enclosure
 * keeper                       keepers, assigned to enclosures
 * enclosure, species           the zoo's places and kinds of animal
 * security                     sign-in, tokens, keys, sessions, HTTP security headers
 * user                         user accounts, roles, password hashing
 * platform                     configuration, database migration, health, build info
 * web                          the HTTP edge: paging parameters, exception mappers, filters
 * persistence                  repository base, paging queries, SQL dialects, failure kinds
 * problem                      what a failure is called: ApiException, ProblemType, FieldError
 * </pre>
 *
 * A component that needs something from one above it declares an interface or fires a CDI event
 * (enclosure.Residents, enclosure.EnclosureDeleting, user.PasswordChanged).
 */
class ArchitectureTest {

  private static final String ROOT = "org.example.zoo";

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.example.zoo.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("application")
        .definedBy(ROOT)
        .layer("feeding")
        .definedBy(ROOT + ".feeding..")
        .layer("animal")
        .definedBy(ROOT + ".animal..")
        .layer("keeper")
        .definedBy(ROOT + ".keeper..")
        .layer("enclosure")
        .definedBy(ROOT + ".enclosure..")
        .layer("species")
        .definedBy(ROOT + ".species..")
        .layer("security")
        .definedBy(ROOT + ".security..")
        .layer("user")
        .definedBy(ROOT + ".user..")
        .layer("platform")
        .definedBy(ROOT + ".platform..")
        .layer("web")
        .definedBy(ROOT + ".web..")
        .layer("persistence")
        .definedBy(ROOT + ".persistence..")
        .layer("problem")
        .definedBy(ROOT + ".problem..")
        .whereLayer("application")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("feeding")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("animal")
        .mayOnlyBeAccessedByLayers("feeding")
        .whereLayer("keeper")
        .mayOnlyBeAccessedByLayers("feeding")
        .whereLayer("enclosure")
        .mayOnlyBeAccessedByLayers("feeding", "animal", "keeper")
        .whereLayer("species")
        .mayOnlyBeAccessedByLayers("feeding", "animal")
        .whereLayer("security")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("user")
        .mayOnlyBeAccessedByLayers(
            "application", "feeding", "animal", "keeper", "enclosure", "species", "security")
        .whereLayer("platform")
        .mayOnlyBeAccessedByLayers(
            "feeding", "animal", "keeper", "enclosure", "species", "security", "user")
        .whereLayer("web")
        .mayOnlyBeAccessedByLayers(
            "feeding", "animal", "keeper", "enclosure", "species", "security", "user", "platform")
        .whereLayer("persistence")
        .mayOnlyBeAccessedByLayers(
            "feeding",
            "animal",
            "keeper",
            "enclosure",
            "species",
            "security",
            "user",
            "platform",
            "web")
        .whereLayer("problem")
        .mayOnlyBeAccessedByLayers(
            "feeding",
            "animal",
            "keeper",
            "enclosure",
            "species",
            "security",
            "user",
            "platform",
            "web",
            "persistence")
        .check(CLASSES);
  }
}
