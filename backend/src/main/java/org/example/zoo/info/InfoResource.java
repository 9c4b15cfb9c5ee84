package org.example.zoo.info;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.build.BuildInfo;
import org.example.zoo.build.DevLoopStatus;
import org.example.zoo.build.DevelopmentUseTripwire;
import org.example.zoo.config.ZooCalendar;
import org.example.zoo.config.ZooConfig;
import org.example.zoo.health.ApplicationLifecycle;
import org.example.zoo.health.HttpPortCheck;
import org.example.zoo.migration.DatabaseMigrator;
import org.example.zoo.web.OpenApiContractFilter;

/**
 * Which code answers: compare {@code revision}, {@code buildTime} and {@code startedAt} with what
 * you just changed. {@code startedAt} is when this application (re)started, which dev mode does on
 * every change; {@code serverStartedAt} is when the JVM started.
 */
@Path("info")
@RequestScoped
@PermitAll
@Tag(name = "System")
public class InfoResource {

  @Inject ZooConfig config;
  @Inject DatabaseMigrator migrator;
  @Inject ApplicationLifecycle lifecycle;
  @Inject DevLoopStatus devLoop;
  @Inject DevelopmentUseTripwire tripwire;

  @Schema(name = "Info")
  @JsonbPropertyOrder({
    "name",
    "version",
    "revision",
    "dirty",
    "buildTime",
    "commitTime",
    "buildSource",
    "startedAt",
    "serverStartedAt",
    "instanceId",
    "profile",
    "updateTrigger",
    "javaVersion",
    "timeZone",
    "today",
    "jvmTimeZone",
    "database",
    "dev",
    "developmentUse"
  })
  public record Info(
      String name,
      String version,
      String revision,
      @Schema(
              nullable = true,
              description =
                  "packaged build: the build had uncommitted changes; dev mode: the checkout has"
                      + " them now (git status); null where no checkout is visible")
          Boolean dirty,
      @Schema(description = "packaged build: when Maven built it; dev mode: newest compiled class")
          String buildTime,
      String commitTime,
      @Schema(description = "build: from the packaged build; dev: read from the checkout")
          String buildSource,
      Instant startedAt,
      Instant serverStartedAt,
      @Schema(description = "random per application start: tells two servers (or restarts) apart")
          String instanceId,
      String profile,
      @Schema(
              description =
                  "polled: recompiled classes restart the application (dev mode); disabled: never"
                      + " (production images)")
          String updateTrigger,
      @Schema(nullable = true, description = "null for anyone but an administrator (production)")
          String javaVersion,
      @Schema(description = "the zoo's time zone (ZOO_TIME_ZONE): the calendar of today and dates")
          String timeZone,
      @Schema(description = "today in the zoo's time zone") LocalDate today,
      @Schema(
              nullable = true,
              description =
                  "the server JVM's own zone: used for nothing the API returns; null for anyone but"
                      + " an administrator (production)")
          String jvmTimeZone,
      Database database,
      @Schema(
              ref = "DevStatus",
              extensions = @Extension(name = OpenApiContractFilter.NULLABLE, value = "true"),
              description =
                  "dev mode only (the dev loop is in the application, not the production"
                      + " profile): the last save, compile and start, and whether what answers is"
                      + " the saved code")
          JsonObject dev,
      @Schema(
              nullable = true,
              description =
                  "production profile only: signs that this server is being used for development"
                      + " (bind-mounted classes, sources, .git, application monitor enabled)")
          List<String> developmentUse) {}

  @Schema(name = "InfoDatabase")
  @JsonbPropertyOrder({"status", "product", "version", "schemaVersion", "demoData"})
  public record Database(
      @Schema(description = "the migration state: STARTING, READY, FAILED…") String status,
      @Schema(nullable = true) String product,
      @Schema(nullable = true) String version,
      @Schema(nullable = true) String schemaVersion,
      @Schema(nullable = true) Boolean demoData) {}

  @Context SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirementsSet // anyone: no token needed
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer")) // an admin's token: more
  @Operation(
      operationId = "getInfo",
      summary = "Build and runtime facts: version, git revision, build and start times",
      description =
          "In the production profile only a signed-in administrator gets everything; anyone else"
              + " gets no Java version, JVM time zone, database product or version, and"
              + " developmentUse without its details (paths). A token that is not valid is"
              + " ignored: the answer is the anonymous one.")
  public Info info() {
    Info info = everything();
    return config.production() && !security.isUserInRole("admin") ? forAnyone(info) : info;
  }

  /**
   * What anyone may know of a production server: which build answers (the UI's footer, make doctor,
   * the port check's instanceId), not what it runs on nor where its files are.
   */
  static Info forAnyone(Info info) {
    Database db = info.database();
    return new Info(
        info.name(),
        info.version(),
        info.revision(),
        info.dirty(),
        info.buildTime(),
        info.commitTime(),
        info.buildSource(),
        info.startedAt(),
        info.serverStartedAt(),
        info.instanceId(),
        info.profile(),
        info.updateTrigger(),
        null,
        info.timeZone(),
        info.today(),
        null,
        db == null
            ? null
            : new Database(db.status(), null, null, db.schemaVersion(), db.demoData()),
        info.dev(),
        info.developmentUse() == null
            ? null
            : List.of(
                "this production-profile server shows signs of development use (an administrator"
                    + " sees which)"));
  }

  private Info everything() {
    // Read per request: cheap, and in dev mode the checkout's HEAD can move while the server runs.
    BuildInfo build = BuildInfo.load();
    DatabaseMigrator.DatabaseInfo db = migrator.info();
    Database database =
        db == null
            ? new Database(migrator.state().name(), null, null, null, null)
            : new Database(
                migrator.state().name(),
                db.product(),
                db.version(),
                db.schemaVersion(),
                db.demoData());
    return new Info(
        build.name(),
        build.version(),
        build.revision(),
        "dev".equals(build.source()) ? devLoop.dirty() : build.dirty(),
        build.buildTime(),
        build.commitTime(),
        build.source(),
        lifecycle.startedAt(),
        Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
        HttpPortCheck.INSTANCE_ID,
        config.profile(),
        config.updateTrigger(),
        Runtime.version().toString(),
        ZooCalendar.zone().getId(),
        ZooCalendar.today(),
        java.time.ZoneId.systemDefault().getId(),
        database,
        config.production() ? null : devLoop.current().orElse(null),
        tripwire.findings().isEmpty() ? null : tripwire.findings());
  }
}
