package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Reading a body of unknown length stops at the first byte beyond the limit. */
class BodyLimitFilterTest {

  @Test
  void aBodyUpToTheLimitIsReadWhole() throws Exception {
    byte[] body = new byte[10_000];
    body[9_999] = 7;
    assertArrayEquals(body, BodyLimitFilter.readAtMost(new ByteArrayInputStream(body), 10_000));
  }

  @Test
  void oneByteMoreIsRefusedWithoutReadingTheRest() throws Exception {
    long[] read = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read[0]++;
            return 'A';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            read[0] += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 'A');
            return len;
          }
        };
    assertNull(BodyLimitFilter.readAtMost(endless, 100_000));
    org.junit.jupiter.api.Assertions.assertTrue(read[0] < 100_000 + 8192 + 1, "read " + read[0]);
  }
}
