package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.example.zoo.web.PrecompressedAssets.Encoding;
import org.junit.jupiter.api.Test;

/**
 * Which copy of an asset a browser gets, and that only the build's hashed names are long-cached.
 */
class PrecompressedAssetsTest {

  private static final Encoding[] NONE = {};
  private static final Encoding[] BR_FIRST = {Encoding.BR, Encoding.GZIP};

  @Test
  void brotliFirstWhenTheBrowserTakesBoth() {
    assertArrayEquals(BR_FIRST, PrecompressedAssets.accepted("gzip, deflate, br, zstd"), "Chrome");
    assertArrayEquals(BR_FIRST, PrecompressedAssets.accepted("br;q=1.0, gzip;q=0.8, *;q=0.1"));
    assertArrayEquals(BR_FIRST, PrecompressedAssets.accepted("*"), "any coding");
    assertArrayEquals(BR_FIRST, PrecompressedAssets.accepted("GZIP, BR"), "case does not matter");
  }

  @Test
  void gzipWhenTheBrowserWeighsItHigherOrTakesNoBrotli() {
    assertArrayEquals(
        new Encoding[] {Encoding.GZIP, Encoding.BR},
        PrecompressedAssets.accepted("br;q=0.5, gzip"));
    assertArrayEquals(
        new Encoding[] {Encoding.GZIP}, PrecompressedAssets.accepted("gzip, deflate"));
    assertArrayEquals(new Encoding[] {Encoding.GZIP}, PrecompressedAssets.accepted("x-gzip"));
    assertArrayEquals(
        new Encoding[] {Encoding.GZIP},
        PrecompressedAssets.accepted("gzip, br;q=0"),
        "q=0 refuses");
    assertArrayEquals(new Encoding[] {Encoding.BR}, PrecompressedAssets.accepted("br, *;q=0"));
  }

  @Test
  void noCopyWithoutAnAcceptedEncoding() {
    assertArrayEquals(NONE, PrecompressedAssets.accepted(null));
    assertArrayEquals(NONE, PrecompressedAssets.accepted(""));
    assertArrayEquals(NONE, PrecompressedAssets.accepted("identity"));
    assertArrayEquals(NONE, PrecompressedAssets.accepted("deflate, zstd"));
    assertArrayEquals(NONE, PrecompressedAssets.accepted("gzip;q=0, br;q=0.000"));
    assertArrayEquals(NONE, PrecompressedAssets.accepted("*;q=0"));
    assertArrayEquals(NONE, PrecompressedAssets.accepted("gzip;q=x, br;q=2"), "malformed weights");
  }

  @Test
  void onlyTheBuildsHashedNamesUnderAssetsAreHashedAssets() {
    assertTrue(PrecompressedAssets.isHashedAsset("/assets/index-BV_gXujQ.js"));
    assertTrue(PrecompressedAssets.isHashedAsset("/assets/index-B8rXwYgp.css"));
    assertTrue(PrecompressedAssets.isHashedAsset("/assets/animal-page-a-b_C1d2.js"));
    assertFalse(PrecompressedAssets.isHashedAsset("/assets/index.js"), "no hash");
    assertFalse(PrecompressedAssets.isHashedAsset("/assets/index-abc.js"), "too short for a hash");
    assertFalse(PrecompressedAssets.isHashedAsset("/favicon.svg"));
    assertFalse(PrecompressedAssets.isHashedAsset("/index-BV_gXujQ.js"), "not under /assets");
    assertFalse(PrecompressedAssets.isHashedAsset("/assets/x/index-BV_gXujQ.js"), "nested");
    assertFalse(PrecompressedAssets.isHashedAsset("/assets/"));
  }

  @Test
  void theCopyIsSentWithTheAssetsContentType() {
    List<String> calls = new ArrayList<>();
    HttpServletResponse recorded =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  calls.add(method.getName() + " " + (args == null ? "" : List.of(args)));
                  return null;
                });
    HttpServletResponse response = PrecompressedAssets.withContentType(recorded, "text/javascript");
    response.setContentType("application/octet-stream");
    response.setHeader("Content-Type", "application/octet-stream");
    response.addHeader("content-type", "application/octet-stream");
    response.setHeader("Last-Modified", "Mon, 07 Dec 2026 18:27:56 GMT");
    response.setContentLengthLong(81300);
    assertEquals(
        List.of(
            "setContentType [text/javascript]",
            "setHeader [Last-Modified, Mon, 07 Dec 2026 18:27:56 GMT]",
            "setContentLengthLong [81300]"),
        calls);
  }
}
