package dev.minutes.cli;

import dev.minutes.config.SecretMask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Standard output that goes through a pager only when it is longer than the screen: the first
 * screenful is held; the line after it starts the pager, which gets what was held and then the rest
 * as it comes. Output that fits is printed as it is on close. When the pager cannot start or quits
 * early (the user pressed q), the rest is dropped quietly, as git does.
 */
final class PagedOutput extends OutputStream {
  private static final Logger LOG = LoggerFactory.getLogger(PagedOutput.class);

  private final PrintStream console;
  private final PagerCommand pager;
  private final Map<String, String> environment;
  private final Supplier<SecretMask> mask;
  private final int rows;
  private final ByteArrayOutputStream held = new ByteArrayOutputStream();
  private State state = State.HOLDING;
  private int lines;
  private Process process;
  private PrintStream toPager;

  private enum State {
    /** Fewer lines than the screen so far: held. */
    HOLDING,
    /** Going through the pager. */
    PAGING,
    /** Going to the console: the pager could not start. */
    DIRECT,
    /** The pager has quit: dropped. */
    GONE
  }

  PagedOutput(
      PrintStream console,
      PagerCommand pager,
      Map<String, String> environment,
      Supplier<SecretMask> mask,
      int rows) {
    this.console = console;
    this.pager = pager;
    this.environment = environment;
    this.mask = mask;
    this.rows = rows;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    switch (state) {
      case HOLDING -> {
        held.write(bytes, offset, length);
        for (int i = offset; i < offset + length; i++) {
          if (bytes[i] == '\n') {
            lines++;
          }
        }
        // A screen shows rows - 1 lines of output above the prompt.
        if (lines >= rows) {
          startPager();
        }
      }
      case PAGING -> toPager.write(bytes, offset, length);
      case DIRECT -> console.write(bytes, offset, length);
      case GONE -> {}
    }
  }

  @Override
  public void flush() {
    if (state == State.PAGING) {
      // A PrintStream never throws: a pager that quit shows as an error on flush.
      if (toPager.checkError()) {
        state = State.GONE;
      }
    } else if (state == State.DIRECT) {
      console.flush();
    }
  }

  /** Prints what fits the screen, or lets the pager finish and waits for the user to quit it. */
  @Override
  public void close() {
    if (state == State.HOLDING) {
      console.write(held.toByteArray(), 0, held.size());
    }
    console.flush();
    if (process == null) {
      return;
    }
    toPager.close();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void startPager() {
    try {
      process = pager.process(environment).start();
      // The pager's input is masked like the console: a secret never reaches the screen.
      toPager = new MaskedConsole(new PrintStream(process.getOutputStream(), false), mask);
      state = State.PAGING;
      toPager.write(held.toByteArray(), 0, held.size());
    } catch (IOException e) {
      LOG.debug("pager {} did not start", pager.command(), e);
      state = State.DIRECT;
      console.write(held.toByteArray(), 0, held.size());
    }
    held.reset();
  }
}
