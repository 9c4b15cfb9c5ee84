package deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes manifests (k8s/) as a cluster would receive them: each overlay rendered by {@code
 * kubectl kustomize}, read into Kubernetes' own API types (fabric8 kubernetes-model, unknown fields
 * rejected), and checked against what the server and the measurements require.
 *
 * <p>Needs kubectl on the PATH (Debian's kubernetes-client; .ci/run installs it). Without it the
 * test is skipped, unless ZOO_K8S_CHECK=required (set by .ci/run), where it fails.
 */
class KubernetesManifestsTest {

  /** Startup budget (failureThreshold x periodSeconds) >= this x the measured start. */
  static final int START_FACTOR = 4;

  /** Memory limit >= this x the measured RSS; the request >= {@link #REQUEST_FACTOR} x it. */
  static final double LIMIT_FACTOR = 1.5;

  static final double REQUEST_FACTOR = 1.15;

  /** Liberty's quiesce: how long it lets requests in flight finish once it stops, in seconds. */
  static final int LIBERTY_QUIESCE_SECONDS = 30;

  /** Where Liberty and the JVM write at run time (backend/Dockerfile, the Open Liberty image). */
  static final Set<String> WRITABLE_PATHS = Set.of("/opt/ol/wlp/output", "/logs", "/tmp");

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  static Stream<String> overlays() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT.resolve("k8s/overlays"))) {
      return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void deploymentProbesAndBudgetsMatchTheServerAndTheMeasurements(String overlay) throws Exception {
    Rendered r = render(overlay);
    Deployment deployment = r.one(Deployment.class);
    PodSpec pod = deployment.getSpec().getTemplate().getSpec();
    Container backend = only(pod.getContainers());
    Map<String, String> env = r.environment(backend);

    assertTrue(deployment.getSpec().getReplicas() >= 2, "two replicas at least");

    // Probes: the server's health endpoints, on a port the container declares, in the scheme the
    // server speaks there (TLS=on: HTTPS on 9443 and no plain HTTP; else HTTP on 9080).
    boolean tls = "on".equals(env.get("TLS"));
    assertTrue(
        !tls || backend.getPorts().stream().noneMatch(p -> p.getContainerPort() == 9080),
        "with TLS=on the server closes plain HTTP: the container declares no port 9080");
    assertProbe(backend, backend.getStartupProbe(), "/api/health/started", tls);
    assertProbe(backend, backend.getReadinessProbe(), "/api/health/ready", tls);
    assertProbe(backend, backend.getLivenessProbe(), "/health/live", tls);
    assertTrue(backend.getLivenessProbe().getFailureThreshold() >= 3, "liveness: 3 misses");

    // Budgets from bench/measured.properties.
    Properties measured = measured();
    int start = Integer.parseInt(measured.getProperty("production.start.seconds"));
    Probe startup = backend.getStartupProbe();
    int budget = startup.getFailureThreshold() * startup.getPeriodSeconds();
    assertTrue(
        budget >= START_FACTOR * start,
        () -> "startup budget " + budget + " s < " + START_FACTOR + " x " + start + " s measured");
    BigDecimal rss = new BigDecimal(measured.getProperty("production.rss.mebibytes")).multiply(MIB);
    BigDecimal limit = bytes(backend.getResources().getLimits().get("memory"));
    BigDecimal request = bytes(backend.getResources().getRequests().get("memory"));
    assertTrue(
        limit.compareTo(rss.multiply(BigDecimal.valueOf(LIMIT_FACTOR))) >= 0,
        () -> "memory limit " + limit + " B < " + LIMIT_FACTOR + " x measured RSS " + rss + " B");
    assertTrue(
        request.compareTo(rss.multiply(BigDecimal.valueOf(REQUEST_FACTOR))) >= 0,
        () -> "memory request " + request + " B < " + REQUEST_FACTOR + " x measured RSS");
    assertNotNull(
        backend.getResources().getRequests().get("cpu"), "a CPU request (the HPA's base)");

    // Stop: the container drains for ZOO_DRAIN_SECONDS, then Liberty quiesces; a preStop sleep,
    // if any, comes before both.
    int drain = Integer.parseInt(env.getOrDefault("ZOO_DRAIN_SECONDS", "10"));
    int preStop = preStopSeconds(backend);
    long grace = pod.getTerminationGracePeriodSeconds();
    assertTrue(
        grace >= preStop + drain + LIBERTY_QUIESCE_SECONDS,
        () ->
            "terminationGracePeriodSeconds "
                + grace
                + " < preStop "
                + preStop
                + " + drain "
                + drain
                + " + quiesce "
                + LIBERTY_QUIESCE_SECONDS);
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void podsRunAsNonRootOnAReadOnlyRootWithWritableVolumesWhereLibertyWrites(String overlay)
      throws Exception {
    PodSpec pod = render(overlay).one(Deployment.class).getSpec().getTemplate().getSpec();
    assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), "runAsNonRoot");
    assertNotEquals(0L, pod.getSecurityContext().getRunAsUser(), "not uid 0");
    List<Container> all = new ArrayList<>(pod.getContainers());
    all.addAll(pod.getInitContainers());
    for (Container c : all) {
      assertEquals(
          Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), c.getName() + ": ro");
      assertEquals(
          Boolean.FALSE,
          c.getSecurityContext().getAllowPrivilegeEscalation(),
          c.getName() + ": no privilege escalation");
      assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop(), c.getName());
    }
    Container backend = only(pod.getContainers());
    Map<String, Volume> volumes =
        pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
    Map<String, VolumeMount> mounts =
        backend.getVolumeMounts().stream()
            .collect(Collectors.toMap(VolumeMount::getMountPath, m -> m));
    for (String path : WRITABLE_PATHS) {
      VolumeMount mount = mounts.get(path);
      assertNotNull(mount, () -> "no writable volume at " + path + ": " + mounts.keySet());
      assertNotEquals(Boolean.TRUE, mount.getReadOnly(), path);
      assertNotNull(volumes.get(mount.getName()).getEmptyDir(), path + ": an emptyDir");
    }
    // Whatever else is mounted is read-only (secrets).
    mounts.values().stream()
        .filter(m -> !WRITABLE_PATHS.contains(m.getMountPath()))
        .forEach(m -> assertEquals(Boolean.TRUE, m.getReadOnly(), m.getMountPath()));
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void serviceAutoscalerDisruptionBudgetAndNetworkPolicyFitTheDeployment(String overlay)
      throws Exception {
    Rendered r = render(overlay);
    Deployment deployment = r.one(Deployment.class);
    Container backend = only(deployment.getSpec().getTemplate().getSpec().getContainers());
    Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
    String appPortName = "on".equals(r.environment(backend).get("TLS")) ? "https" : "http";
    ContainerPort appPort = port(backend, appPortName);

    Service service =
        r.all(Service.class).stream()
            .filter(s -> !"ExternalName".equals(s.getSpec().getType()))
            .collect(single());
    assertTrue(
        podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()),
        "the Service selects the pods");
    ServicePort servicePort = only(service.getSpec().getPorts());
    assertEquals(appPortName, servicePort.getTargetPort().getStrVal(), "the Service's target");

    HorizontalPodAutoscaler hpa = r.one(HorizontalPodAutoscaler.class);
    assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
    assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
    assertTrue(hpa.getSpec().getMinReplicas() >= 2, "the HPA keeps two at least");
    assertTrue(hpa.getSpec().getMaxReplicas() >= hpa.getSpec().getMinReplicas());

    PodDisruptionBudget pdb = r.one(PodDisruptionBudget.class);
    assertTrue(
        podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()),
        "the PDB selects the pods");
    IntOrString minAvailable = pdb.getSpec().getMinAvailable();
    assertNotNull(minAvailable, "minAvailable as a number");
    assertTrue(
        minAvailable.getIntVal() < hpa.getSpec().getMinReplicas()
            && minAvailable.getIntVal() < deployment.getSpec().getReplicas(),
        "a node drain can always evict one pod");

    NetworkPolicy policy = r.one(NetworkPolicy.class);
    assertTrue(
        podLabels
            .entrySet()
            .containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet()),
        "the policy selects the pods");
    assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes());
    List<NetworkPolicyPort> in =
        policy.getSpec().getIngress().stream().flatMap(i -> i.getPorts().stream()).toList();
    assertEquals(1, in.size(), "one ingress port");
    assertTrue(
        in.get(0).getPort().getIntVal() != null
            && in.get(0).getPort().getIntVal().equals(appPort.getContainerPort()),
        "ingress on the application port " + appPort.getContainerPort() + " only");
    Set<String> out =
        policy.getSpec().getEgress().stream()
            .flatMap(e -> e.getPorts().stream())
            .map(p -> p.getProtocol() + "/" + p.getPort().getIntVal())
            .collect(Collectors.toSet());
    assertEquals(Set.of("TCP/1433", "UDP/53", "TCP/53"), out, "egress: SQL Server and DNS only");
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void configurationAndSecretsAreReferencesAndTheDatabaseIsExternal(String overlay)
      throws Exception {
    Rendered r = render(overlay);
    assertTrue(r.all(Secret.class).isEmpty(), "no Secret in git: created in the cluster");
    Container backend =
        only(r.one(Deployment.class).getSpec().getTemplate().getSpec().getContainers());
    Map<String, String> env = r.environment(backend);
    for (String secret :
        List.of(
            "DB_PASSWORD",
            "ZOO_AUTH_ADMIN_PASSWORD",
            "TLS_KEYSTORE_PASSWORD",
            "METRICS_PASSWORD")) {
      EnvVar var =
          backend.getEnv().stream().filter(e -> e.getName().equals(secret)).collect(single());
      assertNotNull(var.getValueFrom().getSecretKeyRef(), secret + " from a Secret");
      assertEquals(null, var.getValue(), secret + " has no value in git");
    }
    assertEquals("on", env.get("METRICS_AUTH"), "/metrics for the metrics reader only");

    Service sqlserver =
        r.all(Service.class).stream()
            .filter(s -> "ExternalName".equals(s.getSpec().getType()))
            .collect(single());
    assertTrue(
        sqlserver.getSpec().getSelector() == null || sqlserver.getSpec().getSelector().isEmpty(),
        "an ExternalName Service selects no pods");
    String host = sqlserver.getSpec().getExternalName();
    assertFalse(host.endsWith(".invalid"), "the overlay names its SQL Server: " + host);
    assertEquals(host, env.get("DB_HOST"), "DB_HOST is the external SQL Server");
    assertEquals("sqlserver", env.get("DB_KIND"));
  }

  @org.junit.jupiter.api.Test
  void noFileUnderK8sHoldsASecret() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT.resolve("k8s"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file);
        assertFalse(
            Pattern.compile("(?m)^kind:\\s*Secret\\s*$").matcher(text).find()
                || Pattern.compile("(?m)^\\s*secretGenerator:").matcher(text).find(),
            () -> file + " defines a Secret: secrets are created in the cluster, never in git");
      }
    }
  }

  // --- rendering

  private static final BigDecimal MIB = BigDecimal.valueOf(1024 * 1024);

  record Rendered(List<HasMetadata> objects) {
    <T extends HasMetadata> List<T> all(Class<T> type) {
      return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type) {
      return all(type).stream().collect(single());
    }

    /** The container's environment: env values and the ConfigMaps it takes whole. */
    Map<String, String> environment(Container c) {
      Map<String, String> env = new java.util.HashMap<>();
      c.getEnvFrom()
          .forEach(
              from ->
                  all(ConfigMap.class).stream()
                      .filter(
                          m -> m.getMetadata().getName().equals(from.getConfigMapRef().getName()))
                      .collect(single())
                      .getData()
                      .forEach(env::put));
      c.getEnv().stream()
          .filter(e -> e.getValue() != null)
          .forEach(e -> env.put(e.getName(), e.getValue()));
      return env;
    }
  }

  static Rendered render(String overlay) throws Exception {
    String kubectl = kubectl();
    Process p =
        new ProcessBuilder(kubectl, "kustomize", ROOT.resolve("k8s/overlays/" + overlay).toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String yaml;
    try (InputStream in = p.getInputStream()) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize timed out");
    assertEquals(0, p.exitValue(), "kubectl kustomize " + overlay);
    // Unknown fields (a typo, a field of another API version) fail instead of vanishing.
    KubernetesSerialization serialization = new KubernetesSerialization();
    List<HasMetadata> objects = new ArrayList<>();
    for (String doc : yaml.split("(?m)^---$")) {
      if (doc.isBlank()) {
        continue;
      }
      Object parsed = serialization.unmarshal(doc);
      if (!(parsed instanceof HasMetadata object)) {
        fail("not a Kubernetes object: " + doc);
        return null;
      }
      assertFalse(
          object.getClass().getName().contains("GenericKubernetesResource"),
          () -> "not a known Kubernetes kind: " + object.getApiVersion() + " " + object.getKind());
      assertNoUnknownFields(object, object.getKind() + " " + object.getMetadata().getName());
      objects.add(object);
    }
    assertFalse(objects.isEmpty(), "nothing rendered");
    return new Rendered(objects);
  }

  /**
   * Fields the API types do not know land in their additionalProperties (fabric8 keeps them instead
   * of failing): a typo, or a field of another API version. None may be anywhere in the tree.
   */
  static void assertNoUnknownFields(Object node, String path) throws ReflectiveOperationException {
    if (node instanceof Iterable<?> items) {
      int i = 0;
      for (Object item : items) {
        assertNoUnknownFields(item, path + "[" + i++ + "]");
      }
      return;
    }
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        assertNoUnknownFields(e.getValue(), path + "." + e.getKey());
      }
      return;
    }
    if (node == null || !node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api")) {
      return;
    }
    for (java.lang.reflect.Method getter : node.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || !getter.getName().startsWith("get")
          || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      Object value = getter.invoke(node);
      if (getter.getName().equals("getAdditionalProperties")) {
        Map<?, ?> unknown = (Map<?, ?>) value;
        assertTrue(
            unknown == null || unknown.isEmpty(),
            () -> "unknown fields at " + path + ": " + unknown);
      } else {
        assertNoUnknownFields(value, path + "." + getter.getName().substring(3));
      }
    }
  }

  private static String kubectl() {
    Optional<Path> found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .map(dir -> Path.of(dir, "kubectl"))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isEmpty()) {
      String message =
          "kubectl is not on the PATH: install Debian's kubernetes-client to check k8s/";
      if ("required".equals(System.getenv("ZOO_K8S_CHECK"))) {
        fail(message + " (ZOO_K8S_CHECK=required)");
      }
      Assumptions.abort(message);
    }
    return found.get().toString();
  }

  static Properties measured() throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(ROOT.resolve("bench/measured.properties"))) {
      p.load(in);
    }
    return p;
  }

  // --- checks

  private static void assertProbe(Container c, Probe probe, String path, boolean tls) {
    assertNotNull(probe, () -> "no probe for " + path);
    HTTPGetAction get = probe.getHttpGet();
    assertNotNull(get, () -> path + ": an HTTP GET probe");
    assertEquals(path, get.getPath());
    ContainerPort port =
        get.getPort().getStrVal() != null
            ? port(c, get.getPort().getStrVal())
            : c.getPorts().stream()
                .filter(p -> p.getContainerPort().equals(get.getPort().getIntVal()))
                .collect(single());
    String scheme = get.getScheme() == null ? "HTTP" : get.getScheme();
    if (port.getContainerPort() == 9443) {
      assertTrue(tls, path + ": 9443 serves only with TLS=on");
      assertEquals("HTTPS", scheme, path + " on 9443");
    } else {
      assertEquals(9080, port.getContainerPort(), path + ": the server's ports are 9080 and 9443");
      assertTrue(!tls, path + ": with TLS=on the server closes 9080 (tls-on.xml)");
      assertEquals("HTTP", scheme, path + " on 9080");
    }
  }

  private static ContainerPort port(Container c, String name) {
    return c.getPorts().stream().filter(p -> name.equals(p.getName())).collect(single());
  }

  private static int preStopSeconds(Container c) {
    if (c.getLifecycle() == null || c.getLifecycle().getPreStop() == null) {
      return 0;
    }
    var preStop = c.getLifecycle().getPreStop();
    if (preStop.getSleep() != null) {
      return preStop.getSleep().getSeconds().intValue();
    }
    fail("a preStop hook other than sleep: its duration cannot be checked");
    return 0;
  }

  private static BigDecimal bytes(Quantity q) {
    assertNotNull(q, "a memory quantity");
    return Quantity.getAmountInBytes(q);
  }

  private static <T> T only(List<T> list) {
    assertEquals(1, list.size(), () -> "exactly one: " + list);
    return list.get(0);
  }

  private static <T> java.util.stream.Collector<T, ?, T> single() {
    return Collectors.collectingAndThen(Collectors.toList(), KubernetesManifestsTest::only);
  }
}
