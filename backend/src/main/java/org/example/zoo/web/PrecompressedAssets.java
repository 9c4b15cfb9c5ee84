package org.example.zoo.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The web UI's hashed assets as the build compressed them: next to {@code assets/index-1a2B3c4D.js}
 * lie {@code .js.br} (Brotli, quality 11) and {@code .js.gz} (gzip, level 9), written by {@code
 * frontend/scripts/precompress.mjs}. Liberty compresses on the fly with gzip only; Brotli makes the
 * bundle about a sixth smaller again, and a file compressed once at build time costs no CPU per
 * request. The HTTP endpoint's own compression leaves an answer alone that already has a {@code
 * Content-Encoding}, so nothing is compressed twice.
 */
final class PrecompressedAssets {

  /** Vite's output names: {@code name-HASH.ext}, the hash 8 characters of base64url. */
  private static final Pattern HASHED =
      Pattern.compile("[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8}\\.[a-z0-9]+");

  private PrecompressedAssets() {}

  /** Whether {@code path} (below the context root) names a content-hashed asset of the build. */
  static boolean isHashedAsset(String path) {
    return path.startsWith("/assets/")
        && path.indexOf('/', "/assets/".length()) < 0
        && HASHED.matcher(path.substring("/assets/".length())).matches();
  }

  /** A compressed copy of an asset: its {@code Content-Encoding} and file name suffix. */
  enum Encoding {
    BR("br", ".br"),
    GZIP("gzip", ".gz");

    final String token;
    final String suffix;

    Encoding(String token, String suffix) {
      this.token = token;
      this.suffix = suffix;
    }
  }

  /**
   * The encodings the client accepts ({@code Accept-Encoding}, RFC 9110 §12.5.3), best first:
   * Brotli before gzip unless the client weighs gzip higher; none with a quality of 0, none for an
   * absent header. {@code *} stands for the codings the header does not name.
   */
  static Encoding[] accepted(String acceptEncoding) {
    if (acceptEncoding == null || acceptEncoding.isBlank()) {
      return new Encoding[0];
    }
    double br = -1;
    double gzip = -1;
    double any = -1;
    for (String element : acceptEncoding.split(",")) {
      String[] parts = element.split(";");
      String coding = parts[0].strip().toLowerCase(Locale.ROOT);
      double quality = quality(parts);
      switch (coding) {
        case "br" -> br = quality;
        case "gzip", "x-gzip" -> gzip = Math.max(gzip, quality);
        case "*" -> any = quality;
        default -> {
          // another coding: not one this server has a copy in
        }
      }
    }
    br = br < 0 ? Math.max(any, 0) : br;
    gzip = gzip < 0 ? Math.max(any, 0) : gzip;
    if (br > 0 && gzip > 0) {
      return br >= gzip
          ? new Encoding[] {Encoding.BR, Encoding.GZIP}
          : new Encoding[] {Encoding.GZIP, Encoding.BR};
    }
    if (br > 0) {
      return new Encoding[] {Encoding.BR};
    }
    return gzip > 0 ? new Encoding[] {Encoding.GZIP} : new Encoding[0];
  }

  private static double quality(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String parameter = parameters[i].strip();
      if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
        try {
          double q = Double.parseDouble(parameter.substring(2).strip());
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  /**
   * The response while the container's file servlet sends a compressed copy: the content type is
   * the asset's (the copy's {@code .br} or {@code .gz} name would say otherwise); the rest passes.
   */
  static HttpServletResponse withContentType(HttpServletResponse response, String contentType) {
    response.setContentType(contentType);
    return new HttpServletResponseWrapper(response) {
      @Override
      public void setContentType(String type) {
        // the asset's, set above
      }

      @Override
      public void setHeader(String name, String value) {
        if (!"Content-Type".equalsIgnoreCase(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!"Content-Type".equalsIgnoreCase(name)) {
          super.addHeader(name, value);
        }
      }
    };
  }
}
