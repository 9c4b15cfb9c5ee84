package org.example.zoo.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads JSON as the parser underneath does, and refuses two things JSON's grammar lets through but
 * no field can hold faithfully: a key given twice in one object (the last would win silently) and a
 * string with a lone surrogate ({@code "\ud800"}: no character, stored as {@code ?}). The refusal,
 * {@link InvalidJsonText}, names the field by its path ({@code role}, {@code enclosureIds[2]}).
 */
final class StrictJsonParser implements JsonParser {

  /** Refused JSON text, with the path of the field it was in. */
  static final class InvalidJsonText extends JsonParsingException {
    private static final long serialVersionUID = 1L;
    private final String field;

    InvalidJsonText(String field, String message, JsonLocation location) {
      super(message, location);
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  /** An open object (its keys so far, the current one) or array (the current index). */
  private static final class Frame {
    final boolean array;
    final Set<String> keys = new HashSet<>();
    String key;
    int index = -1;

    Frame(boolean array) {
      this.array = array;
    }
  }

  private final JsonParser parser;
  private final Deque<Frame> frames = new ArrayDeque<>();

  StrictJsonParser(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public Event next() {
    Event event = parser.next();
    switch (event) {
      case KEY_NAME -> {
        Frame frame = frames.peek();
        String key = parser.getString();
        frame.key = key;
        requireCharacters(key);
        if (!frame.keys.add(key)) {
          throw new InvalidJsonText(path(), "is given more than once", parser.getLocation());
        }
      }
      case START_OBJECT, START_ARRAY -> {
        startValue();
        frames.push(new Frame(event == Event.START_ARRAY));
      }
      case END_OBJECT, END_ARRAY -> frames.pop();
      case VALUE_STRING -> {
        startValue();
        requireCharacters(parser.getString());
      }
      default -> startValue();
    }
    return event;
  }

  private void startValue() {
    Frame frame = frames.peek();
    if (frame != null && frame.array) {
      frame.index++;
    }
  }

  /** The path of the current value: {@code a.b[2]}; the frames are innermost first. */
  private String path() {
    StringBuilder path = new StringBuilder();
    for (var it = frames.descendingIterator(); it.hasNext(); ) {
      Frame frame = it.next();
      if (frame.array) {
        path.append('[').append(Math.max(frame.index, 0)).append(']');
      } else if (frame.key != null) {
        path.append(path.isEmpty() ? "" : ".").append(frame.key);
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private void requireCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidJsonText(
            path(),
            String.format("contains a lone surrogate (\\u%04x), which is no character", (int) c),
            parser.getLocation());
      }
    }
  }

  /** A structure read whole by the parser underneath: its strings are checked, its frame closed. */
  private <T extends JsonValue> T whole(T value, boolean structure) {
    if (structure) {
      frames.pop();
    }
    check(value);
    return value;
  }

  private void check(JsonValue value) {
    if (value instanceof JsonString text) {
      requireCharacters(text.getString());
    } else if (value instanceof JsonObject object) {
      object.forEach(
          (key, member) -> {
            requireCharacters(key);
            check(member);
          });
    } else if (value instanceof JsonArray array) {
      array.forEach(this::check);
    }
  }

  private boolean inStructure() {
    Event current = parser.currentEvent();
    return current == Event.START_OBJECT || current == Event.START_ARRAY;
  }

  @Override
  public JsonObject getObject() {
    return whole(parser.getObject(), true);
  }

  @Override
  public JsonArray getArray() {
    return whole(parser.getArray(), true);
  }

  @Override
  public JsonValue getValue() {
    boolean structure = inStructure();
    return whole(parser.getValue(), structure);
  }

  /** The parser underneath skips to the end of the innermost object: so do the frames. */
  @Override
  public void skipObject() {
    parser.skipObject();
    closeInnermost(false);
  }

  @Override
  public void skipArray() {
    parser.skipArray();
    closeInnermost(true);
  }

  private void closeInnermost(boolean array) {
    while (!frames.isEmpty()) {
      if (frames.pop().array == array) {
        return;
      }
    }
  }

  @Override
  public boolean hasNext() {
    return parser.hasNext();
  }

  @Override
  public Event currentEvent() {
    return parser.currentEvent();
  }

  @Override
  public String getString() {
    return parser.getString();
  }

  @Override
  public boolean isIntegralNumber() {
    return parser.isIntegralNumber();
  }

  @Override
  public int getInt() {
    return parser.getInt();
  }

  @Override
  public long getLong() {
    return parser.getLong();
  }

  @Override
  public BigDecimal getBigDecimal() {
    return parser.getBigDecimal();
  }

  @Override
  public JsonLocation getLocation() {
    return parser.getLocation();
  }

  @Override
  public void close() {
    parser.close();
  }
}
