package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {
  @TempDir Path folder;

  /**
   * The copied library is the one the driver loads when the launcher names its folder: a child JVM
   * opens a store with {@code org.sqlite.lib.path} set, and its memory map shows the copy, not a
   * library extracted to its temporary folder.
   */
  @Test
  void theDriverLoadsTheCopiedLibraryInsteadOfExtractingOne() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc/self/maps");
    Path library = SqliteNativeLibrary.copyTo(folder.resolve("native"));
    assertThat(library).isRegularFile();
    assertThat(Files.size(library)).isPositive();
    Path tmp = Files.createDirectories(folder.resolve("tmp"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Dorg.sqlite.lib.path=" + library.getParent(),
                    "-Dorg.sqlite.tmpdir=" + tmp,
                    "-cp",
                    System.getProperty("java.class.path"),
                    OpenStore.class.getName(),
                    "jdbc:sqlite:" + folder.resolve("minutes.db")))
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes());

    assertThat(child.waitFor()).as(output).isZero();
    assertThat(output)
        .contains("opened", "loaded " + library.toRealPath())
        .doesNotContain(tmp.toString());
  }

  /** Opens (and creates) a store in a child JVM. */
  public static final class OpenStore {
    public static void main(String[] args) throws java.io.IOException {
      try (Database database = Database.open(args[0], java.util.Map.of())) {
        System.out.println("opened");
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
          if (line.contains("sqlitejdbc")) {
            System.out.println("loaded " + line.substring(line.indexOf('/')));
          }
        }
      }
    }
  }
}
