package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A failure below the JAX-RS exception mappers (a servlet filter throws) reaches the error page:
 * the client gets the API's 500 problem with an incident id, the log one record naming that id and
 * the request, with the exception.
 */
class ErrorPageServletTest {

  @Test
  void aFailureBelowJaxRsIsAnIncident() throws Exception {
    IllegalStateException failure = new IllegalStateException("a filter failed");
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(RequestDispatcher.ERROR_STATUS_CODE, 500);
    attributes.put(RequestDispatcher.ERROR_EXCEPTION, failure);
    attributes.put(RequestDispatcher.ERROR_REQUEST_URI, "/api/species");
    HttpServletRequest request =
        proxy(
            HttpServletRequest.class,
            (name, args) ->
                switch (name) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "getMethod" -> "GET";
                  case "getRequestURI" -> "/error-page";
                  default -> null;
                });
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int[] status = {0};
    String[] contentType = {null};
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    HttpServletResponse response =
        proxy(
            HttpServletResponse.class,
            (name, args) -> {
              switch (name) {
                case "setStatus" -> status[0] = (Integer) args[0];
                case "setContentType" -> contentType[0] = (String) args[0];
                case "getOutputStream" -> {
                  return out;
                }
                default -> {}
              }
              return null;
            });
    List<LogRecord> records = new ArrayList<>();
    Logger log = Logger.getLogger(ErrorPageServlet.class.getName());
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(handler);
    try {
      new ErrorPageServlet().service(request, response);
    } finally {
      log.removeHandler(handler);
    }

    assertEquals(500, status[0]);
    assertEquals("application/problem+json", contentType[0]);
    JsonObject problem =
        Json.createReader(new StringReader(body.toString(StandardCharsets.UTF_8))).readObject();
    assertEquals("/problems/internal", problem.getString("type"));
    assertEquals("/api/species", problem.getString("instance"));
    Matcher id =
        Pattern.compile("Incident ([0-9a-f-]{36})\\.$").matcher(problem.getString("detail"));
    assertTrue(id.find(), problem::toString);
    assertEquals(1, records.size(), records::toString);
    assertEquals(
        "Unexpected failure, incident " + id.group(1) + ", GET /api/species",
        records.get(0).getMessage());
    assertSame(failure, records.get(0).getThrown());
  }

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              Object value = answer.answer(method.getName(), args == null ? new Object[0] : args);
              if (value == null && method.getReturnType() == boolean.class) {
                return false;
              }
              if (value == null && method.getReturnType() == int.class) {
                return 0;
              }
              return value;
            }));
  }
}
