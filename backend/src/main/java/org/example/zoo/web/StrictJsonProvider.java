package org.example.zoo.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonMergePatch;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonPatch;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonPointer;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Map;

/**
 * The platform's JSON-P provider, whose parsers are {@link StrictJsonParser}s: JSON-B reads every
 * request body through one of them ({@link JsonbProvider}). Everything else is the platform's.
 */
final class StrictJsonProvider extends JsonProvider {

  private final JsonProvider provider = JsonProvider.provider();

  @Override
  public JsonParser createParser(Reader reader) {
    return new StrictJsonParser(provider.createParser(reader));
  }

  @Override
  public JsonParser createParser(InputStream in) {
    return new StrictJsonParser(provider.createParser(in));
  }

  @Override
  public JsonParserFactory createParserFactory(Map<String, ?> config) {
    JsonParserFactory factory = provider.createParserFactory(config);
    return new JsonParserFactory() {
      @Override
      public JsonParser createParser(Reader reader) {
        return new StrictJsonParser(factory.createParser(reader));
      }

      @Override
      public JsonParser createParser(InputStream in) {
        return new StrictJsonParser(factory.createParser(in));
      }

      @Override
      public JsonParser createParser(InputStream in, Charset charset) {
        return new StrictJsonParser(factory.createParser(in, charset));
      }

      @Override
      public JsonParser createParser(JsonObject object) {
        return new StrictJsonParser(factory.createParser(object));
      }

      @Override
      public JsonParser createParser(JsonArray array) {
        return new StrictJsonParser(factory.createParser(array));
      }

      @Override
      public Map<String, ?> getConfigInUse() {
        return factory.getConfigInUse();
      }
    };
  }

  @Override
  public JsonGenerator createGenerator(Writer writer) {
    return provider.createGenerator(writer);
  }

  @Override
  public JsonGenerator createGenerator(OutputStream out) {
    return provider.createGenerator(out);
  }

  @Override
  public JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
    return provider.createGeneratorFactory(config);
  }

  @Override
  public JsonReader createReader(Reader reader) {
    return provider.createReader(reader);
  }

  @Override
  public JsonReader createReader(InputStream in) {
    return provider.createReader(in);
  }

  @Override
  public JsonWriter createWriter(Writer writer) {
    return provider.createWriter(writer);
  }

  @Override
  public JsonWriter createWriter(OutputStream out) {
    return provider.createWriter(out);
  }

  @Override
  public JsonWriterFactory createWriterFactory(Map<String, ?> config) {
    return provider.createWriterFactory(config);
  }

  @Override
  public JsonReaderFactory createReaderFactory(Map<String, ?> config) {
    return provider.createReaderFactory(config);
  }

  @Override
  public JsonObjectBuilder createObjectBuilder() {
    return provider.createObjectBuilder();
  }

  @Override
  public JsonObjectBuilder createObjectBuilder(JsonObject object) {
    return provider.createObjectBuilder(object);
  }

  @Override
  public JsonObjectBuilder createObjectBuilder(Map<String, ?> map) {
    return provider.createObjectBuilder(map);
  }

  @Override
  public JsonArrayBuilder createArrayBuilder() {
    return provider.createArrayBuilder();
  }

  @Override
  public JsonArrayBuilder createArrayBuilder(JsonArray array) {
    return provider.createArrayBuilder(array);
  }

  @Override
  public JsonArrayBuilder createArrayBuilder(Collection<?> collection) {
    return provider.createArrayBuilder(collection);
  }

  @Override
  public JsonPointer createPointer(String pointer) {
    return provider.createPointer(pointer);
  }

  @Override
  public JsonPatchBuilder createPatchBuilder() {
    return provider.createPatchBuilder();
  }

  @Override
  public JsonPatchBuilder createPatchBuilder(JsonArray array) {
    return provider.createPatchBuilder(array);
  }

  @Override
  public JsonPatch createPatch(JsonArray array) {
    return provider.createPatch(array);
  }

  @Override
  public JsonPatch createDiff(JsonStructure source, JsonStructure target) {
    return provider.createDiff(source, target);
  }

  @Override
  public JsonMergePatch createMergePatch(JsonValue patch) {
    return provider.createMergePatch(patch);
  }

  @Override
  public JsonMergePatch createMergeDiff(JsonValue source, JsonValue target) {
    return provider.createMergeDiff(source, target);
  }

  @Override
  public JsonBuilderFactory createBuilderFactory(Map<String, ?> config) {
    return provider.createBuilderFactory(config);
  }

  @Override
  public JsonString createValue(String value) {
    return provider.createValue(value);
  }

  @Override
  public JsonNumber createValue(int value) {
    return provider.createValue(value);
  }

  @Override
  public JsonNumber createValue(long value) {
    return provider.createValue(value);
  }

  @Override
  public JsonNumber createValue(double value) {
    return provider.createValue(value);
  }

  @Override
  public JsonNumber createValue(BigDecimal value) {
    return provider.createValue(value);
  }

  @Override
  public JsonNumber createValue(BigInteger value) {
    return provider.createValue(value);
  }

  @Override
  public JsonNumber createValue(Number value) {
    return provider.createValue(value);
  }
}
