package org.example.zoo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other one way only. From the top:
 *
 * <pre>
 * org.example.zoo (ZooApplication: the JAX-RS application)
 * metrics                      the zoo's gauges on /metrics: feedings due, occupancy, capacity
 * feeding                      feedings of animals by keepers
 * animal                       animals of a species, living in an enclosure
 * keeper                       keepers, assigned to enclosures
 * enclosure, species           the zoo's places and kinds of animal
 * security                     sign-in, tokens, keys, sessions, HTTP security headers
 * user                         user accounts, roles, password hashing
 * info                         /api/info and /api/message: what the server says about itself
 * health                       health checks, their /api/health copies, start time, the port check
 * build                        which code runs: build facts, the dev loop's status, the tripwire
 * migration                    the schema migration at start and the 503 until it is done
 * config                       settings and the zoo's calendar
 * web                          the HTTP edge: paging parameters, exception mappers, filters
 * persistence                  repository base, paging queries, SQL dialects, failure kinds
 * problem                      what a failure is called: ApiException, ProblemType, FieldError
 * </pre>
 *
 * A component that needs something from one above it declares an interface or fires a CDI event
 * (enclosure.Residents, enclosure.EnclosureDeleting, user.PasswordChanged). The dev loop (the
 * devloop module) is not among them: the application never names it ({@link
 * #theApplicationNeverNamesTheDevLoop()}).
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

  /**
   * Top to bottom; a layer may use the layers below it, except that the components use only the
   * components named here (enclosure and species know no other component).
   */
  private static final List<String> LAYERS =
      List.of(
          "metrics",
          "feeding",
          "animal",
          "keeper",
          "enclosure",
          "species",
          "security",
          "user",
          "info",
          "health",
          "build",
          "migration",
          "config",
          "web",
          "persistence",
          "problem");

  private static final Map<String, List<String>> COMPONENT_USERS =
      Map.of(
          "animal", List.of("metrics", "feeding"),
          "keeper", List.of("feeding"),
          "enclosure", List.of("feeding", "animal", "keeper"),
          "species", List.of("feeding", "animal"),
          "security", List.of());

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    LayeredArchitecture rule =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("application")
            .definedBy(ROOT);
    for (String layer : LAYERS) {
      rule = rule.layer(layer).definedBy(ROOT + "." + layer + "..");
    }
    rule = rule.whereLayer("application").mayNotBeAccessedByAnyLayer();
    for (int i = 0; i < LAYERS.size(); i++) {
      String layer = LAYERS.get(i);
      List<String> above = new ArrayList<>(List.of("application"));
      above.addAll(LAYERS.subList(0, i));
      List<String> users = COMPONENT_USERS.getOrDefault(layer, above);
      rule =
          users.isEmpty()
              ? rule.whereLayer(layer).mayNotBeAccessedByAnyLayer()
              : rule.whereLayer(layer).mayOnlyBeAccessedByLayers(users.toArray(String[]::new));
    }
    rule.check(CLASSES);
  }

  /**
   * The dev loop is in the application in dev mode only (runtime scope, left out of the WAR): a
   * class that named one of its classes would fail in production. The application reads its status
   * through a context attribute (build.DevLoopStatus).
   */
  @Test
  void theApplicationNeverNamesTheDevLoop() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.example.devloop..")
        .check(CLASSES);
  }

  /**
   * CDI serves a normal-scoped bean through a proxy, which cannot override a final method: one in a
   * bean, or in a class a bean extends, fails the deployment (WELD-001480).
   */
  @Test
  void normalScopedBeansHaveNoFinalMethods() {
    DescribedPredicate<JavaClass> beanOrItsBase =
        new DescribedPredicate<>("a normal-scoped bean or a class one extends") {
          @Override
          public boolean test(JavaClass type) {
            return CLASSES.stream()
                .filter(
                    bean ->
                        bean.isAnnotatedWith(ApplicationScoped.class)
                            || bean.isAnnotatedWith(RequestScoped.class))
                .anyMatch(bean -> bean.isAssignableTo(type.getName()));
          }
        };
    noMethods()
        .that()
        .areDeclaredInClassesThat(beanOrItsBase)
        .and()
        .doNotHaveModifier(JavaModifier.STATIC)
        .and()
        .doNotHaveModifier(JavaModifier.PRIVATE)
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(CLASSES);
  }
}
